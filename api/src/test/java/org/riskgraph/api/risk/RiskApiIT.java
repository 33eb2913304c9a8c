package org.riskgraph.api.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.analysis.risk.MonthRisk;
import org.riskgraph.analysis.risk.RiskAnalysis;
import org.riskgraph.analysis.risk.RiskInputsLoader;
import org.riskgraph.analysis.risk.RiskSettings;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import tools.jackson.databind.JsonNode;

/** The risk endpoints on the tiny county, imported once through the API. */
class RiskApiIT extends ApiTestBase {

  private static boolean loaded;

  @BeforeEach
  void tinyCounty() throws IOException {
    if (loaded) {
      return;
    }
    emptyStore();
    Path dir = Files.createTempDirectory("risk-api-it");
    new FixtureWriter(dir, EnumSet.of(Format.NDJSON))
        .write(CountyGenerator.generate(Scale.TINY, 42, Plants.ALL));
    String body = Files.readString(dir.resolve(FixtureWriter.NDJSON_FILE));
    ApiClient.Response imported = api.post("/api/v1/import", "admin", "application/x-ndjson", body);
    assertThat(imported.status()).isEqualTo(200);
    loaded = true;
  }

  @Test
  void servesVillageScoresWithComponentsThatAddUpInRankOrder() {
    ApiClient.Response response = api.get("/api/v1/risk?month=2026-10&level=village", "leader");

    assertThat(response.status()).isEqualTo(200);
    JsonNode json = response.json();
    assertThat(json.at("/month").asString()).isEqualTo("2026-10");
    assertThat(json.at("/methodVersion").asString()).isEqualTo(RiskAnalysis.METHOD_VERSION);
    assertThat(json.at("/referencePeriod/0").asString()).isEqualTo("2024-11");
    JsonNode scores = json.at("/scores");
    assertThat(scores.size()).isEqualTo(12);
    for (int r = 0; r < scores.size(); r++) {
      JsonNode score = scores.get(r);
      assertThat(score.at("/rank").asInt()).isEqualTo(r + 1);
      assertThat(score.at("/rankInterval").size()).isEqualTo(2);
      assertThat(score.at("/level").asString()).isIn("BLUE", "YELLOW", "ORANGE", "RED");
      assertThat(score.at("/components").size()).isEqualTo(5);
      double sum = 0;
      for (JsonNode component : score.at("/components")) {
        sum += component.at("/contribution").asDouble();
      }
      assertThat(sum).isCloseTo(score.at("/score").asDouble(), within(1e-6));
      assertThat(score.at("/change").isNumber()).isTrue();
    }
    assertThat(scores.get(0).at("/components/0/indicator").asString()).isEqualTo("incidentRate");
  }

  @Test
  void answersWhatTheAnalysisComputesFromTheGraph() {
    MonthRisk expected =
        new RiskAnalysis(RiskSettings.defaults())
            .assess(new RiskInputsLoader(store).load())
            .month(java.time.YearMonth.of(2026, 3))
            .orElseThrow();

    JsonNode townships =
        api.get("/api/v1/risk?month=2026-03&level=township", "command").json().at("/scores");
    JsonNode county = api.get("/api/v1/risk?month=2026-03&level=county", "analyst").json();

    assertThat(townships.size()).isEqualTo(expected.townships().size());
    for (int i = 0; i < townships.size(); i++) {
      assertThat(townships.get(i).at("/code").asString())
          .isEqualTo(expected.townships().get(i).code());
      assertThat(townships.get(i).at("/score").asDouble())
          .isEqualTo(expected.townships().get(i).score());
    }
    assertThat(county.at("/scores").size()).isEqualTo(1);
    assertThat(county.at("/scores/0/score").asDouble()).isEqualTo(expected.county().score());
  }

  @Test
  void servesAVillageHistoryOldestFirst() {
    String code =
        api.get("/api/v1/risk?month=2026-10", "leader").json().at("/scores/0/code").asString();

    JsonNode all = api.get("/api/v1/risk/villages/" + code + "/history", "leader").json();
    JsonNode six = api.get("/api/v1/risk/villages/" + code + "/history?months=6", "leader").json();

    assertThat(all.at("/history").size()).isEqualTo(24);
    assertThat(all.at("/history/0/month").asString()).isEqualTo("2024-11");
    assertThat(all.at("/history/0/change").isNull()).isTrue();
    assertThat(six.at("/history").size()).isEqualTo(6);
    assertThat(six.at("/history/5/month").asString()).isEqualTo("2026-10");
    assertThat(six.at("/history/5/rank").asInt()).isEqualTo(1);
  }

  @Test
  void refusesBadMonthsLevelsAndLengthsAndUnknownVillages() {
    assertInvalid(api.get("/api/v1/risk?month=2026-13", "leader"), "month");
    assertInvalid(api.get("/api/v1/risk?month=last", "leader"), "month");
    assertInvalid(api.get("/api/v1/risk?month=2027-01", "leader"), "month");
    assertInvalid(api.get("/api/v1/risk?month=2026-10&level=province", "leader"), "level");
    ApiClient.Response any = api.get("/api/v1/risk?month=2026-10", "leader");
    String code = any.json().at("/scores/0/code").asString();
    assertInvalid(
        api.get("/api/v1/risk/villages/" + code + "/history?months=0", "leader"), "months");

    ApiClient.Response unknown = api.get("/api/v1/risk/villages/NOPE/history", "leader");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().at("/type").asString()).isEqualTo("/problems/unknown-entity");
  }

  @Test
  void refusesRolesWithoutAccessToAggregates() {
    assertThat(api.get("/api/v1/risk?month=2026-10", "supervisor").status()).isEqualTo(403);
    assertThat(api.get("/api/v1/risk?month=2026-10", "admin").status()).isEqualTo(403);
  }

  @Test
  void rescoresAfterAnImport() {
    JsonNode before = api.get("/api/v1/risk?month=2026-10", "leader").json().at("/scores");
    JsonNode last = before.get(before.size() - 1);
    String code = last.at("/code").asString();
    StringBuilder incidents = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      incidents.append(
          """
          {"kind":"Incident","id":"JRISK%d","reportedAt":"2026-10-20T10:00:00+08:00",\
          "category":"ASSAULT","severity":4,"villageCode":"%s"}
          """
              .formatted(i, code));
    }

    assertThat(
            api.post("/api/v1/import", "admin", "application/x-ndjson", incidents.toString())
                .status())
        .isEqualTo(200);
    loaded = false;
    JsonNode after =
        api.get("/api/v1/risk/villages/" + code + "/history?months=1", "leader").json();

    assertThat(after.at("/history/0/score").asDouble()).isGreaterThan(last.at("/score").asDouble());
  }

  private static void assertInvalid(ApiClient.Response response, String parameter) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().at("/type").asString()).isEqualTo("/problems/invalid-parameter");
    assertThat(response.json().at("/parameter").asString()).isEqualTo(parameter);
  }
}
