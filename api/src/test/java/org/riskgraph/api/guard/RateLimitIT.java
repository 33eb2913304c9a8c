package org.riskgraph.api.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiTestBase;

class RateLimitIT extends ApiTestBase {

  @Test
  void aClientHammeringTheApiGets429AndTheServerStaysHealthy() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      calls.add(
          client.sendAsync(
              api.request("/api/v1/villages", "leader").GET().build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    long limited = 0;
    for (CompletableFuture<HttpResponse<String>> call : calls) {
      HttpResponse<String> response = call.get();
      if (response.statusCode() == 429) {
        limited++;
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
      } else if (response.statusCode() == 503) {
        assertThat(response.body()).contains("/problems/busy");
      } else {
        assertThat(response.statusCode()).isEqualTo(200);
      }
    }

    assertThat(limited).isPositive();
    assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
    Thread.sleep(5000);
    assertThat(api.get("/api/v1/villages", "leader").status()).isEqualTo(200);
  }

  @Test
  void repeatedFailedLoginsAreThrottled() {
    int last = 0;
    for (int i = 0; i < 7; i++) {
      last =
          api.send(
                  api.request("/api/v1/stats", null)
                      .header(
                          "Authorization",
                          "Basic "
                              + java.util.Base64.getEncoder()
                                  .encodeToString("mallory:guess".getBytes()))
                      .GET())
              .status();
    }
    assertThat(last).isEqualTo(429);
  }
}
