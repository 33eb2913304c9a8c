package org.riskgraph.api.params;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.api.TinyCounty;

/**
 * Parameters of the value types (month, ISO week, day, entity reference, language) are converted
 * once for every endpoint, and a bad one is the same problem wherever it is sent; {@code format}
 * and {@code Accept} choose between the JSON and the HTML handler of an endpoint.
 */
class ParametersIT extends ApiTestBase {

  private static final String PURPOSE = "J20261014000001";

  @BeforeEach
  void tinyCounty() {
    TinyCounty.ensureLoaded(this);
  }

  @Test
  void aBadMonthIsTheSameProblemOnEveryEndpointNamingItsParameter() {
    String shape = "a month looks like 2026-10 (was '2026-13')";

    assertInvalid(api.get("/api/v1/risk?month=2026-13", "leader"), "month", "month: " + shape);
    assertInvalid(
        api.get("/api/v1/reports/monthly?month=2026-13", "leader"), "month", "month: " + shape);
    assertInvalid(
        api.get("/api/v1/instructions/stats?month=2026-13", "command"), "month", "month: " + shape);
    assertInvalid(
        api.get("/api/v1/instructions?month=2026-13", "command"), "month", "month: " + shape);
    assertInvalid(
        api.get("/api/v1/hotspots/disputes?from=2026-13", "leader"), "from", "from: " + shape);
  }

  @Test
  void weeksDaysEntitiesAndLanguagesHaveOneMessageEach() {
    assertInvalid(
        api.get("/api/v1/reports/weekly?week=2026-W60", "leader"),
        "week",
        "week: a week looks like 2026-W42 (week 1 to 52, or 53) (was '2026-W60')");
    assertInvalid(
        api.get("/api/v1/reports/daily?date=14.10.2026", "leader"),
        "date",
        "date: a day looks like 2026-10-14 (was '14.10.2026')");
    assertInvalid(
        api.get("/api/v1/links/chains?from=persn:P1&to=person:P2", "analyst", "X-Purpose", PURPOSE),
        "from",
        "from: an entity looks like kind:key, e.g. person:P000123 (was 'persn:P1')");
    assertInvalid(
        api.get("/api/v1/research-products?subject=P1", "analyst", "X-Purpose", PURPOSE),
        "subject",
        "subject: an entity looks like kind:key, e.g. person:P000123 (was 'P1')");
    assertInvalid(
        api.get("/api/v1/reports/daily?lang=fr", "leader"),
        "lang",
        "lang: a language is zh or en (was 'fr')");
  }

  @Test
  void aMissingRequiredParameterIsNamedToo() {
    assertInvalid(api.get("/api/v1/instructions/stats", "command"), "month", "month: is required");
    assertInvalid(
        api.get("/api/v1/links/chains?to=person:P1", "analyst", "X-Purpose", PURPOSE),
        "from",
        "from: is required");
  }

  @Test
  void formatOrAcceptChoosesTheHtmlHandlerAndJsonIsTheDefault() {
    String monthly = "/api/v1/reports/monthly?month=2026-10";

    assertThat(api.get(monthly, "leader").header("Content-Type")).startsWith("application/json");
    assertThat(api.get(monthly, "leader", "Accept", "*/*").header("Content-Type"))
        .startsWith("application/json");
    assertThat(api.get(monthly + "&format=html", "leader").header("Content-Type"))
        .startsWith("text/html");
    assertThat(api.get(monthly + "&format=HTML", "leader").header("Content-Type"))
        .startsWith("text/html");
    assertThat(
            api.get(monthly, "leader", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Content-Type"))
        .startsWith("text/html");
    assertThat(
            api.get(monthly + "&format=json", "leader", "Accept", "text/html")
                .header("Content-Type"))
        .startsWith("application/json");
    assertInvalid(
        api.get(monthly + "&format=pdf", "leader"),
        "format",
        "format: is json or html (was 'pdf')");
  }

  @Test
  void anErrorOfTheHtmlHandlerIsStillAProblemDetail() {
    ApiClient.Response response =
        api.get("/api/v1/reports/monthly?month=2026-13&format=html", "leader");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().at("/parameter").asString()).isEqualTo("month");

    ApiClient.Response refused =
        api.get("/api/v1/reports/monthly", "supervisor", "Accept", "text/html");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.json().at("/type").asString()).isEqualTo("/problems/forbidden");
  }

  private static void assertInvalid(ApiClient.Response response, String parameter, String detail) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().at("/type").asString()).isEqualTo("/problems/invalid-parameter");
    assertThat(response.json().at("/parameter").asString()).isEqualTo(parameter);
    assertThat(response.json().at("/detail").asString()).isEqualTo(detail);
  }
}
