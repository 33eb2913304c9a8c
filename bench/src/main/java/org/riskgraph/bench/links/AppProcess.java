package org.riskgraph.bench.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application jar in a child process, in demo mode against the benchmark's database (it loads
 * the seed-42 county on first start), with the per-client rate limit lifted so the timing loop is
 * not throttled. Its log goes to {@code app.log} in the work folder.
 */
final class AppProcess implements AutoCloseable {

  private static final String FLAGS =
      "--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow"
          + " -XX:+EnableDynamicAgentLoading";

  private final Process process;
  private final URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  private AppProcess(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  static AppProcess start(Path jar, Path work, BenchDbms dbms, String heap) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(FLAGS.split(" ")));
    command.add("-Xmx" + heap);
    command.addAll(
        List.of(
            "-jar",
            jar.toAbsolutePath().toString(),
            "--riskgraph.demo.enabled=true",
            "--riskgraph.demo.scale=county",
            "--riskgraph.demo.seed=42",
            "--riskgraph.data-dir=" + work.resolve("app").toAbsolutePath(),
            "--riskgraph.neo4j.uri=" + dbms.bolt(),
            "--riskgraph.neo4j.user=" + BenchDbms.USER,
            "--riskgraph.guards.requests-per-second=1000000",
            "--riskgraph.guards.burst=1000000",
            "--server.port=" + port));
    ProcessBuilder builder = new ProcessBuilder(command);
    // the password goes through the environment, not the command line
    builder.environment().put("RISKGRAPH_NEO4J_PASSWORD", dbms.password());
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("app.log").toFile()));
    return new AppProcess(builder.start(), URI.create("http://127.0.0.1:" + port));
  }

  /** Waits until the health endpoint says UP (the demo county is loaded). */
  void awaitUp(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application stopped; see app.log");
      }
      try {
        HttpResponse<String> health = get("/actuator/health", null);
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(2_000);
    }
    throw new IllegalStateException("the application did not come up in " + timeout);
  }

  HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
    return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String user) throws IOException, InterruptedException {
    return http.send(
        request(path, user).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(30));
    if (user != null) {
      String token =
          Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + token).header("X-Purpose", "benchmark run");
    }
    return request;
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
