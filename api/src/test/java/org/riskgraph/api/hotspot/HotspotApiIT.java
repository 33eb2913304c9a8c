package org.riskgraph.api.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.riskgraph.analysis.hotspot.AreaMap;
import org.riskgraph.analysis.hotspot.EmergingHotspotAnalysis;
import org.riskgraph.analysis.hotspot.EmergingHotspots;
import org.riskgraph.analysis.hotspot.EmergingSettings;
import org.riskgraph.analysis.hotspot.EmergingVillage;
import org.riskgraph.analysis.hotspot.HotspotAnalysis;
import org.riskgraph.analysis.hotspot.HotspotMap;
import org.riskgraph.analysis.hotspot.HotspotSettings;
import org.riskgraph.analysis.hotspot.Measure;
import org.riskgraph.analysis.hotspot.VillageHotspot;
import org.riskgraph.analysis.hotspot.WeightsSpec;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.sensors.SightingLog;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.incident.Incident;
import tools.jackson.databind.JsonNode;

/**
 * The hotspot endpoints through the running application on the tiny county's villages, borders,
 * incidents and disputes (imported through the API), checked against counts taken from the
 * generated county in memory and the analysis run on them in this test.
 */
class HotspotApiIT extends ApiTestBase {

  private static final County COUNTY = CountyGenerator.generateEvents(Scale.TINY, 42, Plants.ALL);
  private static final AreaMap MAP = AreaMap.fromVillages(COUNTY.villages(), COUNTY.adjacency());
  private static final YearMonth LAST = YearMonth.of(2026, 10);

  @BeforeEach
  void tinyCounty() {
    if (count("MATCH (d:Dispute) RETURN count(d)") == COUNTY.disputes().size()
        && count("MATCH (i:Incident) RETURN count(i)") == COUNTY.incidents().size()
        && count("MATCH (v:Village) RETURN count(v)") == COUNTY.villages().size()) {
      return;
    }
    emptyStore();
    ApiClient.Response imported =
        api.post("/api/v1/import", "admin", "application/x-ndjson", eventsAndMap());
    assertThat(imported.status()).isEqualTo(200);
    assertThat(imported.json().at("/rejects").size()).isZero();
  }

  @Test
  void servesDisputeHotspotsOfAPeriodAsTheAnalysisOfTheCountysOwnCounts() {
    // When an analyst asks for the planted months with the rate measure
    ApiClient.Response response =
        api.get(
            "/api/v1/hotspots/disputes?from=2026-05&to=2026-10&measure=rate&permutations=199&seed=7",
            "analyst");

    // Then each village's count is the number of its disputes opened in those months, its rate
    // is per 1,000 residents, and every statistic is that of the analysis of those counts
    assertThat(response.status()).isEqualTo(200);
    Map<String, Long> counts = disputes(YearMonth.of(2026, 5), LAST, d -> true);
    HotspotSettings settings =
        HotspotSettings.defaults().withMeasure(Measure.RATE).withPermutations(199).withSeed(7);
    HotspotMap expected = new HotspotAnalysis(settings).analyse(MAP, counts);
    JsonNode json = response.json();
    assertVillages(json.get("villages"), expected);
    for (JsonNode village : json.get("villages")) {
      long count = counts.getOrDefault(village.get("code").asString(), 0L);
      assertThat(village.get("count").asLong()).isEqualTo(count);
      assertThat(village.get("rate").asDouble())
          .isCloseTo(1000.0 * count / village.get("population").asLong(), within(1e-9));
    }
    assertThat(json.at("/globalMoranI/i").asDouble())
        .isCloseTo(expected.globalMoranI().i(), within(1e-12));
    assertThat(json.at("/globalMoranI/expected").asDouble()).isCloseTo(-1.0 / 11, within(1e-12));
    assertThat(json.at("/globalMoranI/z").asDouble())
        .isCloseTo(expected.globalMoranI().z(), within(1e-12));
    assertThat(json.at("/globalMoranI/p").asDouble())
        .isCloseTo(expected.globalMoranI().p(), within(1e-12));
    assertThat(json.get("excluded").size()).isZero();
    assertThat(json.at("/method/events").asString()).isEqualTo("disputes");
    assertThat(json.at("/method/countedBy").asString()).isEqualTo("openedAt");
    assertThat(json.at("/method/timeZone").asString()).isEqualTo("Asia/Shanghai");
    assertThat(json.at("/method/from").asString()).isEqualTo("2026-05");
    assertThat(json.at("/method/to").asString()).isEqualTo("2026-10");
    assertThat(strings(json.at("/method/categories")))
        .containsExactly(
            "LAND", "NEIGHBOUR", "MARRIAGE_FAMILY", "DEBT", "LABOUR", "CONTRACT", "OTHER");
    assertThat(json.at("/method/measure").asString()).isEqualTo("rate");
    assertThat(json.at("/method/weights").asString()).isEqualTo("adjacency");
    assertThat(json.at("/method/permutations").asInt()).isEqualTo(199);
    assertThat(json.at("/method/seed").asLong()).isEqualTo(7);
    assertThat(json.at("/method/classBy").asString()).isEqualTo("normal");
    assertThat(json.at("/method/formulasVersion").asString()).isEqualTo("riskgraph-hotspots/1");
  }

  @Test
  void servesIncidentHotspotsOfChosenCategoriesWithNearestNeighbourWeightsToALeader() {
    // When a leader asks for thefts and frauds over a year, with 4 nearest neighbours
    ApiClient.Response response =
        api.get(
            "/api/v1/hotspots/incidents?from=2025-11&to=2026-10&categories=theft,%20FRAUD,THEFT"
                + "&weights=knn:4&measure=count&permutations=99",
            "leader");

    // Then the counts are those of the two categories, and the statistics those of their analysis
    assertThat(response.status()).isEqualTo(200);
    Map<String, Long> counts =
        incidents(
            YearMonth.of(2025, 11),
            LAST,
            i -> List.of("THEFT", "FRAUD").contains(i.category().name()));
    HotspotSettings settings =
        HotspotSettings.defaults()
            .withMeasure(Measure.COUNT)
            .withWeights(new WeightsSpec.KNearest(4))
            .withPermutations(99);
    assertVillages(
        response.json().get("villages"), new HotspotAnalysis(settings).analyse(MAP, counts));
    assertThat(response.json().at("/method/events").asString()).isEqualTo("incidents");
    assertThat(response.json().at("/method/countedBy").asString()).isEqualTo("reportedAt");
    assertThat(strings(response.json().at("/method/categories"))).containsExactly("THEFT", "FRAUD");
    assertThat(response.json().at("/method/weights").asString()).isEqualTo("knn:4");
  }

  @Test
  void defaultsToTheTwelveMonthsEndingWithTheLastCompleteMonth() {
    // When the endpoint is called without parameters
    ApiClient.Response response = api.get("/api/v1/hotspots/disputes", "command");

    // Then the period is the twelve months up to the data's last month (once it has ended), with
    // every category, the EB rate, adjacency, 999 permutations and the default seed
    YearMonth to = lastCompleteMonth();
    assertThat(response.status()).isEqualTo(200);
    JsonNode method = response.json().get("method");
    assertThat(method.get("to").asString()).isEqualTo(to.toString());
    assertThat(method.get("from").asString()).isEqualTo(to.minusMonths(11).toString());
    assertThat(method.get("categories").size()).isEqualTo(7);
    assertThat(method.get("measure").asString()).isEqualTo("ebrate");
    assertThat(method.get("weights").asString()).isEqualTo("adjacency");
    assertThat(method.get("permutations").asInt()).isEqualTo(999);
    assertThat(method.get("seed").asLong()).isEqualTo(HotspotSettings.DEFAULT_SEED);
    assertVillages(
        response.json().get("villages"),
        new HotspotAnalysis(HotspotSettings.defaults())
            .analyse(MAP, disputes(to.minusMonths(11), to, d -> true)));
  }

  @Test
  void servesEmergingDisputeHotspotsMonthByMonth() {
    // When the six months up to October are asked for
    ApiClient.Response response =
        api.get(
            "/api/v1/hotspots/disputes/emerging?to=2026-10&months=6&categories=LAND,NEIGHBOUR"
                + "&permutations=99&seed=3",
            "analyst");

    // Then each village has the category, trend and monthly classes of the analysis of its
    // monthly counts of those categories
    assertThat(response.status()).isEqualTo(200);
    SortedMap<YearMonth, Map<String, Long>> monthly = new TreeMap<>();
    for (YearMonth m = YearMonth.of(2026, 5); !m.isAfter(LAST); m = m.plusMonths(1)) {
      monthly.put(
          m, disputes(m, m, d -> List.of("LAND", "NEIGHBOUR").contains(d.category().name())));
    }
    EmergingHotspots expected =
        new EmergingHotspotAnalysis(
                new EmergingSettings(
                    6, HotspotSettings.defaults().withPermutations(99).withSeed(3), 0.05))
            .analyse(MAP, monthly);
    JsonNode json = response.json();
    assertThat(strings(json.get("months")))
        .containsExactly("2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10");
    assertThat(json.get("villages").size()).isEqualTo(expected.villages().size());
    for (int i = 0; i < expected.villages().size(); i++) {
      EmergingVillage want = expected.villages().get(i);
      JsonNode got = json.get("villages").get(i);
      assertThat(got.get("code").asString()).isEqualTo(want.code());
      assertThat(got.get("category").asString()).isEqualTo(want.category().name());
      assertThat(got.at("/trend/s").asLong()).isEqualTo(want.trend().s());
      assertThat(got.at("/trend/p").asDouble()).isCloseTo(want.trend().p(), within(1e-12));
      assertThat(strings(got.get("monthlyClasses")))
          .containsExactlyElementsOf(want.monthlyClasses().stream().map(Enum::name).toList());
      for (int t = 0; t < 6; t++) {
        assertThat(got.get("monthlyZ").get(t).asDouble())
            .isCloseTo(want.monthlyZ().get(t), within(1e-12));
      }
    }
    assertThat(json.at("/method/windowMonths").asInt()).isEqualTo(6);
    assertThat(json.at("/method/trendAlpha").asDouble()).isEqualTo(0.05);
    assertThat(strings(json.at("/method/categories"))).containsExactly("LAND", "NEIGHBOUR");
  }

  @Test
  void emergingIncidentsDefaultToTwelveMonthsOrTheSpanFromTo() {
    ApiClient.Response byDefault =
        api.get("/api/v1/hotspots/incidents/emerging?permutations=99", "leader");
    ApiClient.Response bySpan =
        api.get(
            "/api/v1/hotspots/incidents/emerging?from=2026-01&to=2026-06&permutations=99",
            "leader");

    assertThat(byDefault.status()).isEqualTo(200);
    assertThat(byDefault.json().get("months").size()).isEqualTo(12);
    assertThat(byDefault.json().at("/months/11").asString())
        .isEqualTo(lastCompleteMonth().toString());
    assertThat(bySpan.status()).isEqualTo(200);
    assertThat(strings(bySpan.json().get("months")))
        .containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
    assertThat(bySpan.json().at("/villages/0/monthlyClasses").size()).isEqualTo(6);
  }

  @ParameterizedTest(name = "{0} → 400 on {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/disputes?from=2026-13                         | from",
        "/disputes?to=26-10                             | to",
        "/disputes?from=2026-10&to=2026-01              | from",
        "/disputes?from=2023-01&to=2026-10              | from",
        "/disputes?categories=THEFT                     | categories",
        "/incidents?categories=LAND                     | categories",
        "/disputes?measure=median                       | measure",
        "/disputes?weights=queen                        | weights",
        "/disputes?weights=knn:0                        | weights",
        "/disputes?weights=knn:31                       | weights",
        "/disputes?weights=knn:12                       | weights",
        "/disputes?permutations=50                      | permutations",
        "/disputes?permutations=10000                   | permutations",
        "/disputes?permutations=many                    | permutations",
        "/disputes?seed=abc                             | seed",
        "/disputes?months=12                            | months",
        "/disputes?category=LAND                        | category",
        "/disputes/emerging?months=2                    | months",
        "/incidents/emerging?months=37                  | months",
        "/disputes/emerging?from=2026-01&to=2026-10&months=12 | months",
        "/disputes/emerging?from=2026-09&to=2026-10     | from",
      })
  void refusesABadParameterWithAProblemNamingIt(String path, String parameter) {
    ApiClient.Response response = api.get("/api/v1/hotspots" + path, "analyst");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().at("/type").asString()).isEqualTo("/problems/invalid-parameter");
    assertThat(response.json().at("/parameter").asString()).isEqualTo(parameter);
  }

  @Test
  void isForbiddenToSupervisorsAndAdministrators() {
    assertThat(api.get("/api/v1/hotspots/disputes", "supervisor").status()).isEqualTo(403);
    assertThat(api.get("/api/v1/hotspots/incidents/emerging", "admin").status()).isEqualTo(403);
  }

  @Test
  void answersUnprocessableWhenTheGraphHasTooFewVillages() {
    emptyStore();

    ApiClient.Response response = api.get("/api/v1/hotspots/disputes", "analyst");

    assertThat(response.status()).isEqualTo(422);
    assertThat(response.json().at("/type").asString()).isEqualTo("/problems/too-few-villages");
  }

  private static void assertVillages(JsonNode villages, HotspotMap expected) {
    assertThat(villages.size()).isEqualTo(expected.villages().size());
    for (int i = 0; i < villages.size(); i++) {
      JsonNode got = villages.get(i);
      VillageHotspot want = expected.villages().get(i);
      assertThat(got.get("code").asString()).isEqualTo(want.code());
      assertThat(got.get("name").asString()).isEqualTo(want.name());
      assertThat(got.get("count").asLong()).as(want.code()).isEqualTo(want.count());
      assertThat(got.get("population").asLong()).isEqualTo(want.population());
      assertThat(got.get("hotspotClass").asString()).isEqualTo(want.hotspotClass().name());
      assertThat(got.get("quadrant").asString()).isEqualTo(want.quadrant().name());
      Map<String, Double> numbers =
          Map.of(
              "rate", want.rate(),
              "ebRate", want.ebRate(),
              "gStarZ", want.gStarZ(),
              "pNormal", want.pNormal(),
              "pPermutation", want.pPermutation(),
              "qFdr", want.qFdr(),
              "localI", want.localI(),
              "localIZ", want.localIZ(),
              "localIP", want.localIP());
      numbers.forEach(
          (field, value) ->
              assertThat(got.get(field).asDouble())
                  .as(want.code() + " " + field)
                  .isCloseTo(value, within(1e-12)));
    }
  }

  private static YearMonth lastCompleteMonth() {
    YearMonth ended = YearMonth.now(Fields.CHINA).minusMonths(1);
    return LAST.isBefore(ended) ? LAST : ended;
  }

  private static Map<String, Long> disputes(
      YearMonth from, YearMonth to, Predicate<Dispute> wanted) {
    return counts(COUNTY.disputes(), Dispute::openedAt, Dispute::villageCode, wanted, from, to);
  }

  private static Map<String, Long> incidents(
      YearMonth from, YearMonth to, Predicate<Incident> wanted) {
    return counts(
        COUNTY.incidents(), Incident::reportedAt, Incident::villageCode, wanted, from, to);
  }

  /** The wanted events per village whose month (their times are held at +08:00) is in range. */
  private static <E> Map<String, Long> counts(
      List<E> events,
      Function<E, OffsetDateTime> time,
      Function<E, String> village,
      Predicate<E> wanted,
      YearMonth from,
      YearMonth to) {
    Map<String, Long> counts = new HashMap<>();
    for (E event : events) {
      YearMonth month = YearMonth.from(time.apply(event));
      if (wanted.test(event) && !month.isBefore(from) && !month.isAfter(to)) {
        counts.merge(village.apply(event), 1L, Long::sum);
      }
    }
    return counts;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new java.util.ArrayList<>();
    array.forEach(node -> out.add(node.asString()));
    return out;
  }

  /**
   * The county's townships, villages, borders, incidents and disputes as NDJSON; the disputes
   * without their parties, since the persons are not imported.
   */
  private static String eventsAndMap() {
    List<Dispute> disputes =
        COUNTY.disputes().stream()
            .map(
                d ->
                    new Dispute(
                        d.id(),
                        d.openedAt(),
                        d.category(),
                        d.villageCode(),
                        d.status(),
                        d.resolvedAt(),
                        d.summary(),
                        List.of(),
                        d.escalatedTo()))
            .toList();
    County eventsAndMap =
        new County(
            COUNTY.scale(),
            COUNTY.seed(),
            COUNTY.plants(),
            false,
            COUNTY.geography(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            COUNTY.incidents(),
            List.of(),
            disputes,
            List.of(),
            List.of(),
            SightingLog.EMPTY,
            COUNTY.groundTruth());
    try {
      Path dir = Files.createTempDirectory("riskgraph-hotspot-it");
      new FixtureWriter(dir, EnumSet.of(Format.NDJSON)).write(eventsAndMap);
      String ndjson = Files.readString(dir.resolve(FixtureWriter.NDJSON_FILE));
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
      return ndjson;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
