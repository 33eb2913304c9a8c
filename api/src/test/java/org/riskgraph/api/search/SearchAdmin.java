package org.riskgraph.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.riskgraph.api.ApiClient;
import tools.jackson.databind.JsonNode;

/** Rebuilds the search index through the admin endpoint and waits for it to finish. */
final class SearchAdmin {

  private static final Set<Class<?>> REBUILT = new HashSet<>();

  private SearchAdmin() {}

  /**
   * Other test classes change the shared store behind the index's back (they empty it); a rebuild
   * at the start of a class brings the index back in line with the graph.
   */
  static synchronized void rebuildOncePerClass(ApiClient api, Class<?> testClass) {
    if (REBUILT.add(testClass)) {
      rebuild(api);
    }
  }

  static JsonNode rebuild(ApiClient api) {
    ApiClient.Response accepted =
        api.post("/api/v1/admin/search/rebuild", "admin", "application/json", "");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    assertThat(accepted.json().at("/rebuilding").asBoolean()).isTrue();
    return awaitIdle(api);
  }

  static JsonNode awaitIdle(ApiClient api) {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode status = api.get("/api/v1/admin/search", "admin").json();
      if (!status.at("/rebuilding").asBoolean()) {
        return status;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the search index rebuild did not finish within 3 minutes");
  }
}
