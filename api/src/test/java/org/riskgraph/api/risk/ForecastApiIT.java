package org.riskgraph.api.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.analysis.forecast.ForecastKind;
import org.riskgraph.analysis.forecast.MonthForecast;
import org.riskgraph.analysis.forecast.VillageForecast;
import org.riskgraph.analysis.forecast.VillageForecaster;
import org.riskgraph.analysis.risk.ForecastCounts;
import org.riskgraph.analysis.risk.RiskInputsLoader;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import tools.jackson.databind.JsonNode;

/** The forecast endpoint and the leaders' outlook on the tiny county, imported once. */
class ForecastApiIT extends ApiTestBase {

  private static boolean loaded;

  @BeforeEach
  void tinyCounty() throws IOException {
    if (loaded) {
      return;
    }
    emptyStore();
    Path dir = Files.createTempDirectory("forecast-api-it");
    new FixtureWriter(dir, EnumSet.of(Format.NDJSON))
        .write(CountyGenerator.generate(Scale.TINY, 42, Plants.ALL));
    String body = Files.readString(dir.resolve(FixtureWriter.NDJSON_FILE));
    assertThat(api.post("/api/v1/import", "admin", "application/x-ndjson", body).status())
        .isEqualTo(200);
    loaded = true;
  }

  @Test
  void servesNextMonthsIncidentsPerVillageWithIntervalsAndTheFit() {
    ApiClient.Response response =
        api.get("/api/v1/risk/forecast?kind=incidents&month=2026-11", "leader");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode json = response.json();
    assertThat(json.at("/kind").asString()).isEqualTo("incidents");
    assertThat(json.at("/month").asString()).isEqualTo("2026-11");
    assertThat(json.at("/methodVersion").asString()).isEqualTo(VillageForecaster.METHOD_VERSION);
    assertThat(json.at("/fittedMonths/0").asString()).isEqualTo("2024-12");
    assertThat(json.at("/fittedMonths/1").asString()).isEqualTo("2026-10");
    JsonNode villages = json.at("/villages");
    assertThat(villages.size()).isEqualTo(12);
    double total = 0;
    double previous = Double.MAX_VALUE;
    for (JsonNode village : villages) {
      double mean = village.at("/mean").asDouble();
      assertThat(mean).isLessThanOrEqualTo(previous);
      previous = mean;
      total += mean;
      assertThat(
              village.at("/endemic").asDouble()
                  + village.at("/autoregressive").asDouble()
                  + village.at("/neighbours").asDouble())
          .isCloseTo(mean, within(1e-9));
      assertThat(village.at("/interval80/0").asInt())
          .isLessThanOrEqualTo(village.at("/interval80/1").asInt());
      assertThat(village.at("/interval95/0").asInt())
          .isLessThanOrEqualTo(village.at("/interval80/0").asInt());
      assertThat(village.at("/interval95/1").asInt())
          .isGreaterThanOrEqualTo(village.at("/interval80/1").asInt());
      assertThat(village.at("/probabilityAboveUsual").asDouble()).isBetween(0.0, 1.0);
      assertThat(village.at("/observed").isNull()).isTrue();
      assertThat(village.has("population")).isTrue();
    }
    assertThat(json.at("/components/expected").asDouble()).isCloseTo(total, within(1e-6));
    assertThat(
            json.at("/components/endemic").asDouble()
                + json.at("/components/autoregressive").asDouble()
                + json.at("/components/neighbours").asDouble())
        .isCloseTo(1, within(1e-9));
    JsonNode parameters = json.at("/model/parameters");
    assertThat(parameters.get(0).at("/name").asString()).isEqualTo("ar.1");
    assertThat(parameters.get(parameters.size() - 1).at("/name").asString())
        .isEqualTo("-log(overdisp)");
    assertThat(json.at("/model/logLikelihood").asDouble()).isNegative();
    assertThat(json.at("/model/converged").asBoolean()).isTrue();
  }

  @Test
  void answersWhatTheForecasterComputesFromTheGraphWithWhatHappened() {
    MonthForecast expected =
        new VillageForecaster()
            .forecast(
                ForecastCounts.of(new RiskInputsLoader(store).load(), ForecastKind.INCIDENTS),
                YearMonth.of(2026, 6));

    JsonNode json = api.get("/api/v1/risk/forecast?month=2026-06", "command").json();

    assertThat(json.at("/month").asString()).isEqualTo("2026-06");
    for (JsonNode village : json.at("/villages")) {
      VillageForecast same = expected.village(village.at("/code").asString()).orElseThrow();
      assertThat(village.at("/mean").asDouble()).isEqualTo(same.mean());
      assertThat(village.at("/observed").asInt()).isEqualTo(same.observed().orElseThrow());
      assertThat(village.at("/usual").asDouble()).isEqualTo(same.usual());
    }
    assertThat(json.at("/model/logLikelihood").asDouble())
        .isEqualTo(expected.fit().logLikelihood());
  }

  @Test
  void forecastsTheMonthAfterTheDataByDefaultForEveryKind() {
    for (String kind : new String[] {"incidents", "serious-incidents", "disputes"}) {
      ApiClient.Response response = api.get("/api/v1/risk/forecast?kind=" + kind, "analyst");

      assertThat(response.status()).as(kind + ": " + response.body()).isEqualTo(200);
      assertThat(response.json().at("/kind").asString()).isEqualTo(kind);
      assertThat(response.json().at("/month").asString()).isEqualTo("2026-11");
    }
  }

  @Test
  void refusesUnknownKindsAndMonthsItCannotForecast() {
    assertInvalid(api.get("/api/v1/risk/forecast?kind=thefts", "leader"), "kind");
    assertInvalid(api.get("/api/v1/risk/forecast?month=2026-13", "leader"), "month");
    assertInvalid(api.get("/api/v1/risk/forecast?month=2025-10", "leader"), "month");
    assertInvalid(api.get("/api/v1/risk/forecast?month=2026-12", "leader"), "month");
    assertThat(
            api.get("/api/v1/risk/forecast?month=2025-10", "leader")
                .json()
                .at("/detail")
                .asString())
        .contains("2025-11..2026-11");
  }

  @Test
  void refusesRolesWithoutAccessToAggregates() {
    assertThat(api.get("/api/v1/risk/forecast", "supervisor").status()).isEqualTo(403);
    assertThat(api.get("/api/v1/risk/forecast", "admin").status()).isEqualTo(403);
  }

  @Test
  void riskScoresCarryTheLeadersOutlookOnceAYearOfDataPrecedesTheNextMonth() {
    JsonNode october = api.get("/api/v1/risk?month=2026-10&level=village", "leader").json();
    JsonNode january = api.get("/api/v1/risk?month=2025-01&level=township", "leader").json();

    for (JsonNode score : october.at("/scores")) {
      JsonNode outlook = score.at("/outlook");
      assertThat(outlook.at("/forecastMonth").asString()).isEqualTo("2026-11");
      assertThat(outlook.at("/level").asString()).isIn("BLUE", "YELLOW", "ORANGE", "RED");
      assertThat(outlook.at("/components").size()).isEqualTo(3);
      double sum = 0;
      for (JsonNode component : outlook.at("/components")) {
        sum += component.at("/contribution").asDouble();
      }
      assertThat(sum).isCloseTo(outlook.at("/score").asDouble(), within(1e-6));
      assertThat(outlook.at("/components/2/raw").asDouble())
          .isEqualTo(score.at("/score").asDouble());
    }
    for (JsonNode score : january.at("/scores")) {
      assertThat(score.at("/outlook").isNull()).isTrue();
    }
  }

  private static void assertInvalid(ApiClient.Response response, String parameter) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().at("/type").asString()).isEqualTo("/problems/invalid-parameter");
    assertThat(response.json().at("/parameter").asString()).isEqualTo(parameter);
  }
}
