package org.riskgraph.api.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.plant.GroundTruth;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Chains, neighbourhoods, groups and co-travel through the running app, on the tiny county. */
class LinksApiIT extends ApiTestBase {

  private static final County TINY = CountyGenerator.generate(Scale.TINY, 42, Plants.ALL);
  private static final GroundTruth.TheftRing RING = TINY.groundTruth().theftRing().orElseThrow();
  private static final String[] PURPOSE = {"X-Purpose", "J2026101400001"};

  @Autowired LinkProjection projection;

  @BeforeEach
  void tinyCountyWithCoTravel() {
    boolean loaded =
        count("MATCH (p:Person) RETURN count(p)") == TINY.persons().size()
            && count(
                    "MATCH (p:Person {id: '" + key(RING.endpoints().get(0)) + "'}) RETURN count(p)")
                == 1;
    if (!loaded) {
      emptyStore();
      importTiny();
    }
    if (!loaded || count("MATCH ()-[r:TRAVELS_WITH]->() RETURN count(r)") == 0) {
      assertThat(api.post("/api/v1/admin/co-travel", "admin", "text/plain", "").status())
          .isEqualTo(200);
    }
    projection.refresh();
    assertThat(projection.awaitFresh(Duration.ofMinutes(2))).isTrue();
  }

  @Test
  void chainsBetweenTheRingsEndsHaveThePlantedLengthSentencesAndAnAuditEntry() {
    ApiClient.Response response =
        api.get(
            "/api/v1/links/chains?from="
                + enc(RING.endpoints().get(0))
                + "&to="
                + enc(RING.endpoints().get(1))
                + "&types=KNOWS,OWNS,USES,TRAVELS_WITH&maxHops=8&limit=3",
            "analyst",
            PURPOSE);

    assertThat(response.status()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.at("/truncated").asBoolean()).isFalse();
    JsonNode first = body.at("/chains/0");
    assertThat(first.at("/length").asInt()).isEqualTo(RING.chainLength());
    assertThat(first.at("/nodes/0/ref").asString()).isEqualTo(RING.endpoints().get(0));
    List<String> types = new ArrayList<>();
    for (JsonNode hop : first.at("/hops")) {
      types.add(hop.at("/type").asString());
      assertThat(hop.at("/sentence").asString()).isNotBlank();
      assertThat(hop.at("/source").asString()).isNotBlank();
      assertThat(hop.has("from") && hop.has("to") && hop.has("at")).isTrue();
    }
    assertThat(types).contains("TRAVELS_WITH");
    JsonNode coTravel = hopOfType(first, "TRAVELS_WITH");
    assertThat(coTravel.at("/sentence").asString()).matches("云.+ 与 云.+ 同行 \\d+ 次");
    assertThat(coTravel.at("/derived").asBoolean()).isTrue();
    assertThat(lastSubjects("LINK_QUERY")).containsAll(RING.endpoints());
  }

  @Test
  void withEveryTypeTheRingsOwnTheftJoinsItsEndsInTwoHops() {
    JsonNode body =
        api.get(
                "/api/v1/links/chains?from="
                    + enc(RING.endpoints().get(0))
                    + "&to="
                    + enc(RING.endpoints().get(1)),
                "command",
                PURPOSE)
            .json();

    JsonNode first = body.at("/chains/0");
    assertThat(first.at("/length").asInt()).isEqualTo(2);
    assertThat(first.at("/hops/0/sentence").asString())
        .isEqualTo(body.at("/from/name").asString() + " 涉及 警情 " + RING.incident() + "（嫌疑人）");
    assertThat(first.at("/hops/0/at").asString()).endsWith("+08:00");
  }

  @Test
  void noChainIsAnEmptyListAndAnUnknownEndIsA404NamingIt() {
    String a = RING.endpoints().get(0);
    String stranger = "person:" + TINY.persons().get(0).id();

    ApiClient.Response none =
        api.get(
            "/api/v1/links/chains?from=" + enc(a) + "&to=" + enc(stranger) + "&maxHops=1",
            "analyst",
            PURPOSE);
    ApiClient.Response unknown =
        api.get("/api/v1/links/chains?from=" + enc(a) + "&to=person:PX9", "analyst", PURPOSE);

    assertThat(none.status()).isEqualTo(200);
    assertThat(none.json().at("/chains").size()).isZero();
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().at("/type").asString()).isEqualTo("/problems/unknown-entity");
    assertThat(unknown.json().at("/entity").asString()).isEqualTo("person:PX9");
  }

  @Test
  void badParametersAre400sNamingTheParameter() {
    String ab = "from=" + enc(RING.endpoints().get(0)) + "&to=" + enc(RING.endpoints().get(1));
    String person = key(RING.endpoints().get(0));
    List<String[]> cases =
        List.of(
            new String[] {"/api/v1/links/chains?" + ab + "&maxHops=9", "maxHops"},
            new String[] {"/api/v1/links/chains?" + ab + "&types=KNOWS,FRIENDS", "types"},
            new String[] {"/api/v1/links/chains?" + ab + "&types=SEEN_AT", "types"},
            new String[] {"/api/v1/links/chains?" + ab + "&since=yesterday", "since"},
            new String[] {"/api/v1/links/chains?" + ab + "&temporal=maybe", "temporal"},
            new String[] {"/api/v1/links/chains?to=person:P1", "from"},
            new String[] {"/api/v1/links/chains?from=person:P1&to=person:P1", "to"},
            new String[] {"/api/v1/entities/person/" + person + "/neighbourhood?depth=3", "depth"},
            new String[] {"/api/v1/entities/person/" + person + "/neighbourhood?limit=0", "limit"},
            new String[] {"/api/v1/groups?seed=" + enc("vehicle:云E12345"), "seed"},
            new String[] {"/api/v1/groups?seed=person:P1&types=FRIENDS", "types"});

    for (String[] c : cases) {
      ApiClient.Response response = api.get(c[0], "analyst", PURPOSE);
      assertThat(response.status()).as(c[0]).isEqualTo(400);
      assertThat(response.json().at("/parameter").asString()).as(c[0]).isEqualTo(c[1]);
    }
    ApiClient.Response window =
        api.post("/api/v1/admin/co-travel?windowSeconds=0", "admin", "text/plain", "");
    assertThat(window.status()).isEqualTo(400);
    assertThat(window.json().at("/parameter").asString()).isEqualTo("windowSeconds");
  }

  @Test
  void neighbourhoodListsGroupsWithTotalsAndIsAudited() {
    String person = key(RING.endpoints().get(0));

    ApiClient.Response response =
        api.get(
            "/api/v1/entities/person/" + person + "/neighbourhood?depth=2&limit=2",
            "analyst",
            PURPOSE);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.at("/entity/ref").asString()).isEqualTo(RING.endpoints().get(0));
    Set<String> depthOne = new HashSet<>();
    for (JsonNode group : body.at("/groups")) {
      assertThat(group.at("/items").size()).isLessThanOrEqualTo(2);
      assertThat(group.at("/more").asLong())
          .isEqualTo(group.at("/total").asLong() - group.at("/items").size());
      if (group.at("/depth").asInt() == 1) {
        group.at("/items").forEach(i -> depthOne.add(i.at("/ref").asString()));
      } else {
        group.at("/items").forEach(i -> assertThat(depthOne).contains(i.at("/via").asString()));
      }
    }
    assertThat(depthOne).contains("incident:" + RING.incident());
    assertThat(body.at("/notExpanded/0").asString()).startsWith("village:");
    assertThat(lastSubjects("NEIGHBOURHOOD_QUERY")).contains(RING.endpoints().get(0));
  }

  @Test
  void groupAroundACoOffenderIsItsPlantedGroupRankedWithBridges() {
    List<String> planted = TINY.groundTruth().background().coOffendingGroups().getFirst();

    JsonNode body =
        api.get(
                "/api/v1/groups?seed=person:"
                    + planted.getFirst()
                    + "&types=CO_SUSPECT&minShared=2",
                "analyst",
                PURPOSE)
            .json();

    Set<String> members = new HashSet<>();
    body.at("/members").forEach(m -> members.add(m.at("/ref").asString()));
    Set<String> expected = new HashSet<>();
    planted.forEach(id -> expected.add("person:" + id));
    assertThat(members).isEqualTo(expected);
    assertThat(body.at("/members/0/name").asString()).isNotBlank();
    assertThat(body.at("/ties").size()).isGreaterThanOrEqualTo(planted.size() - 1);
    assertThat(body.at("/ties/0/shared/CO_SUSPECT").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(body.at("/ties/0/via/0/name").asString()).startsWith("警情 ");
    assertThat(lastSubjects("GROUP_QUERY")).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void coTravelReRunUpdatesWithoutDuplicatesAndIsAudited() {
    long before = count("MATCH ()-[r:TRAVELS_WITH]->() RETURN count(r)");

    ApiClient.Response again = api.post("/api/v1/admin/co-travel", "admin", "text/plain", "");

    assertThat(again.status()).isEqualTo(200);
    JsonNode body = again.json();
    assertThat(body.at("/pairs").asLong()).isEqualTo(before);
    assertThat(body.at("/created").asInt()).isZero();
    assertThat(body.at("/removed").asInt()).isZero();
    assertThat(body.at("/sightings").asLong()).isEqualTo(TINY.sightings().size());
    assertThat(count("MATCH ()-[r:TRAVELS_WITH]->() RETURN count(r)")).isEqualTo(before);
    List<String> pairedPlates = RING.coTravelPairs().stream().flatMap(List::stream).toList();
    assertThat(lastSubjects("DERIVATION")).containsAll(prefixed(pairedPlates));
    assertThat(api.post("/api/v1/admin/co-travel", "analyst", "text/plain", "").status())
        .isEqualTo(403);
  }

  private List<String> lastSubjects(String action) {
    return store.read(
        tx ->
            tx.run(
                    "MATCH (e:AuditEntry {action: $action}) RETURN e.subjects AS s"
                        + " ORDER BY e.seq DESC LIMIT 1",
                    java.util.Map.of("action", action))
                .single()
                .get("s")
                .asList(v -> v.asString()));
  }

  private static JsonNode hopOfType(JsonNode chain, String type) {
    for (JsonNode hop : chain.at("/hops")) {
      if (hop.at("/type").asString().equals(type)) {
        return hop;
      }
    }
    throw new AssertionError("no " + type + " hop in " + chain);
  }

  private void importTiny() {
    try {
      Path folder = Files.createTempDirectory("links-api-tiny");
      new FixtureWriter(folder, EnumSet.of(Format.CSV)).write(TINY);
      new Importer(store, ImportOptions.defaults("fixtures:tiny")).importPath(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> prefixed(List<String> plates) {
    return plates.stream().map(p -> "vehicle:" + p).toList();
  }

  private static String key(String ref) {
    return ref.substring(ref.indexOf(':') + 1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
