package org.riskgraph.bench.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search through the running application: {@code GET /api/v1/search} with HTTP Basic and a purpose,
 * one request at a time, for the queries {@link SearchBenchmark} wrote. What it adds to the engine
 * is HTTP, authentication, the access check and the audit entry written to the store before the
 * answer. Arguments: base URL, queries file, warm-up count, user (password {@code demo}).
 */
public final class ApiSearchBenchmark {

  private static final Pattern KEY = Pattern.compile("\"key\":\"([^\"]*)\"");

  public static void main(String[] args) throws IOException, InterruptedException {
    String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
    List<String> lines = Files.readAllLines(Path.of(args.length > 1 ? args[1] : "queries.tsv"));
    int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 500;
    String user = args.length > 3 ? args[3] : "analyst";
    String auth =
        "Basic "
            + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpClient http = HttpClient.newHttpClient();
    LatencyTable table = new LatencyTable();
    int failed = 0;
    for (int i = 0; i < warmUp + lines.size(); i++) {
      String[] fields = lines.get(i % lines.size()).split("\t", -1);
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create(
                      base
                          + "/api/v1/search?q="
                          + URLEncoder.encode(fields[1], StandardCharsets.UTF_8)))
              .header("Authorization", auth)
              .header("X-Purpose", "J2026113000001")
              .build();
      long start = System.nanoTime();
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      long took = System.nanoTime() - start;
      if (response.statusCode() != 200) {
        failed++;
        continue;
      }
      if (i >= warmUp) {
        List<String> keys = new ArrayList<>();
        Matcher m = KEY.matcher(response.body());
        while (m.find()) {
          keys.add(m.group(1));
        }
        table.add(fields[0], took, -1, fields.length > 2 ? fields[2] : "", keys);
      }
    }
    System.out.printf(
        "%d requests measured after %d warm-up, %d not answered 200%n",
        lines.size(), warmUp, failed);
    table.print();
  }
}
