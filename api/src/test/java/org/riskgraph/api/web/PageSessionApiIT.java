package org.riskgraph.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.api.TinyCounty;

/**
 * The pages' scripts call the same JSON API as everyone else, on the page's session: reads need
 * nothing more, writes need the page's CSRF token, the role rules are the same, and the API never
 * opens a session of its own.
 */
class PageSessionApiIT extends ApiTestBase {

  private static final String DECISION = "{\"a\":\"P000001\",\"b\":\"P000001\"}";

  @BeforeEach
  void tinyCounty() {
    TinyCounty.ensureLoaded(this);
  }

  @Test
  void aLoggedInPageReadsTheApiWithItsSession() {
    PageClient page = new PageClient(port).login("leader", "demo");

    HttpResponse<String> stats = page.api("GET", "/api/v1/stats", null);

    assertThat(stats.statusCode()).isEqualTo(200);
    assertThat(stats.body()).contains("\"nodes\"", "\"Person\"");
  }

  @Test
  void theSessionCarriesItsRolesToTheApi() {
    PageClient leader = new PageClient(port).login("leader", "demo");

    HttpResponse<String> refused =
        leader.api("GET", "/api/v1/entities/person/P000001", null, "X-Purpose", "J20261014000001");

    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void aWriteOnTheSessionWithoutThePagesTokenIsRefused() {
    PageClient analyst = new PageClient(port).login("analyst", "demo");

    HttpResponse<String> forged =
        analyst.api(
            "POST",
            "/api/v1/persons/duplicates/decisions",
            DECISION,
            "X-Purpose",
            "J20261014000001");

    assertThat(forged.statusCode()).isEqualTo(403);
  }

  @Test
  void aWriteOnTheSessionWithThePagesTokenReachesTheEndpoint() {
    PageClient analyst = new PageClient(port).login("analyst", "demo");
    String token = analyst.csrfTokenOf("/");

    HttpResponse<String> sent =
        analyst.api(
            "POST",
            "/api/v1/persons/duplicates/decisions",
            DECISION,
            "X-Purpose",
            "J20261014000001",
            "X-CSRF-TOKEN",
            token);

    // past the CSRF check, the endpoint itself judges the body: a person paired with itself
    assertThat(sent.statusCode()).isEqualTo(400);
    assertThat(sent.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  @Test
  void withoutASessionTheApiStillAsksForCredentialsAndOpensNoSession() {
    PageClient anonymous = new PageClient(port);

    HttpResponse<String> refused = anonymous.api("GET", "/api/v1/stats", null, "Accept", "*/*");

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().allValues("Set-Cookie"))
        .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
  }
}
