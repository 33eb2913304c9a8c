package org.riskgraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.riskgraph.graph.store.GraphStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application in demo mode with an empty embedded store in a temporary folder. All
 * subclasses share one application context (and so one store), which Spring caches.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"riskgraph.demo.enabled=true", "riskgraph.demo.load=false"})
public abstract class ApiTestBase {

  private static final Path DATA = tempDir();

  @LocalServerPort protected int port;
  @Autowired protected GraphStore store;
  protected ApiClient api;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("riskgraph.data-dir", DATA::toString);
  }

  @BeforeEach
  void client() {
    api = new ApiClient(port);
  }

  protected void emptyStore() {
    store.autoCommit(
        "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
        java.util.Map.of(),
        java.time.Duration.ofMinutes(2));
  }

  protected long count(String cypher) {
    return store.read(tx -> tx.run(cypher).single().get(0).asLong());
  }

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("riskgraph-api-test");
      dir.toFile().deleteOnExit();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at JVM exit
    }
  }
}
