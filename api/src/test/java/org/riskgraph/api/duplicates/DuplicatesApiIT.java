package org.riskgraph.api.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.api.importer.ImportService;
import org.riskgraph.api.search.TinyCounty;
import org.riskgraph.fixtures.plant.GroundTruth;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Duplicate suggestions on the tiny county, and analysts' decisions on them. */
class DuplicatesApiIT extends ApiTestBase {

  private static final String PURPOSE = "J2026101400001";

  @Autowired ImportService imports;

  @BeforeEach
  void tinyCountyWithoutDecisions() {
    TinyCounty.ensureLoaded(store, imports, this::emptyStore);
    store.write(tx -> tx.run("MATCH ()-[r:POSSIBLY_SAME_AS]->() DELETE r").consume());
  }

  @Test
  void listsThePlantedDuplicatesWithBothPersonsScoresAndReasons() {
    // Given the pairs the generator planted
    Set<String> planted = new HashSet<>();
    for (GroundTruth.Duplicate d : TinyCounty.county().groundTruth().duplicates()) {
      planted.add(pair(d.originalId(), d.duplicateId()));
    }

    // When
    JsonNode list = get("/api/v1/persons/duplicates?limit=200");

    // Then at least 90 % of them are listed, and at least 90 % of the list was planted
    List<String> listed = new ArrayList<>();
    list.at("/candidates")
        .forEach(c -> listed.add(pair(c.at("/a/id").asString(), c.at("/b/id").asString())));
    long found = listed.stream().filter(planted::contains).count();
    assertThat(found).isGreaterThanOrEqualTo(Math.round(Math.ceil(0.9 * planted.size())));
    assertThat((double) found / listed.size()).isGreaterThanOrEqualTo(0.9);
    assertThat(list.at("/total").asInt()).isEqualTo(listed.size());
    JsonNode first = list.at("/candidates/0");
    assertThat(first.at("/score").asDouble()).isBetween(0.5, 1.0);
    assertThat(first.at("/reasons").size()).isPositive();
    assertThat(first.at("/a/name").asString()).isNotBlank();
    assertThat(first.at("/a/id").asString()).isLessThan(first.at("/b/id").asString());
    assertThat(first.at("/decision").isNull()).isTrue();
  }

  @Test
  void pagesAndFiltersByVillage() {
    JsonNode all = get("/api/v1/persons/duplicates?limit=200");
    String village = all.at("/candidates/0/a/villageCode").asString();

    JsonNode second = get("/api/v1/persons/duplicates?limit=1&offset=1");
    JsonNode inVillage = get("/api/v1/persons/duplicates?village=" + village);

    assertThat(second.at("/candidates").size()).isEqualTo(1);
    assertThat(second.at("/candidates/0/a/id").asString())
        .isEqualTo(all.at("/candidates/1/a/id").asString());
    assertThat(inVillage.at("/total").asInt()).isPositive();
    inVillage
        .at("/candidates")
        .forEach(
            c ->
                assertThat(
                        List.of(
                            c.at("/a/villageCode").asString(), c.at("/b/villageCode").asString()))
                    .contains(village));
  }

  @Test
  void aPairDecidedSameIsLinkedNotMergedAndAReversalKeepsTheHistory() {
    // Given a listed pair
    JsonNode candidate = get("/api/v1/persons/duplicates?limit=1").at("/candidates/0");
    String a = candidate.at("/a/id").asString();
    String b = candidate.at("/b/id").asString();
    long persons = count("MATCH (p:Person) RETURN count(p)");

    // When an analyst decides same (naming the pair the other way round)
    ApiClient.Response same = decide(b, a, "same", "同一户籍档案", "analyst");

    // Then
    assertThat(same.status()).as(same.body()).isEqualTo(200);
    assertThat(same.json().at("/a").asString()).isEqualTo(a);
    assertThat(same.json().at("/decision/decision").asString()).isEqualTo("same");
    assertThat(same.json().at("/decision/decidedBy").asString()).isEqualTo("analyst");
    assertThat(same.json().at("/score").asDouble()).isEqualTo(candidate.at("/score").asDouble());
    assertThat(linked(a, b, "SAME")).isEqualTo(1);
    assertThat(count("MATCH (p:Person) RETURN count(p)")).as("nothing merged").isEqualTo(persons);
    assertThat(
            get("/api/v1/persons/duplicates?limit=1")
                .at("/candidates/0/decision/decision")
                .asString())
        .isEqualTo("same");

    // When a commander reverses it
    ApiClient.Response different = decide(a, b, "different", "双胞胎", "command");

    // Then
    assertThat(different.status()).isEqualTo(200);
    assertThat(different.json().at("/decision/decision").asString()).isEqualTo("different");
    assertThat(different.json().at("/history/0/decision").asString()).isEqualTo("same");
    assertThat(different.json().at("/history/0/decidedBy").asString()).isEqualTo("analyst");
    assertThat(different.json().at("/history/0/note").asString()).isEqualTo("同一户籍档案");
    assertThat(linked(a, b, "DIFFERENT")).isEqualTo(1);
    assertThat(count("MATCH ()-[r:POSSIBLY_SAME_AS]->() RETURN count(r)")).isEqualTo(1);
  }

  @Test
  void auditsDecisionsWithBothPersonsAndListsWithEveryPersonShown() {
    JsonNode list = get("/api/v1/persons/duplicates?limit=2");
    JsonNode listEntry = latest("analyst");
    assertThat(listEntry.at("/event/action").asString()).isEqualTo("DUPLICATE_QUERY");
    assertThat(strings(listEntry.at("/event/subjects")))
        .containsExactly(
            list.at("/candidates/0/a/ref").asString(),
            list.at("/candidates/0/b/ref").asString(),
            list.at("/candidates/1/a/ref").asString(),
            list.at("/candidates/1/b/ref").asString());

    String a = list.at("/candidates/0/a/id").asString();
    String b = list.at("/candidates/0/b/id").asString();
    decide(a, b, "unsure", "", "analyst");

    JsonNode entry = latest("analyst");
    assertThat(entry.at("/event/action").asString()).isEqualTo("DUPLICATE_DECISION");
    assertThat(entry.at("/event/purpose").asString()).isEqualTo(PURPOSE);
    assertThat(strings(entry.at("/event/subjects"))).containsExactly("person:" + a, "person:" + b);
  }

  @Test
  void refusesLeadersUnknownPersonsTheSamePersonTwiceAndUnknownDecisions() {
    String a = TinyCounty.county().persons().get(0).id();
    String b = TinyCounty.county().persons().get(1).id();

    assertThat(api.get("/api/v1/persons/duplicates", "leader", "X-Purpose", PURPOSE).status())
        .isEqualTo(403);
    assertThat(decide(a, b, "same", "", "leader").status()).isEqualTo(403);
    assertThat(api.get("/api/v1/persons/duplicates", "analyst").status())
        .as("no purpose")
        .isEqualTo(400);

    ApiClient.Response unknown = decide(a, "P404404", "same", "", "analyst");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().at("/entity").asString()).isEqualTo("person:P404404");
    assertThat(parameter(decide(a, a, "same", "", "analyst"))).isEqualTo("b");
    assertThat(parameter(decide(a, b, "merge", "", "analyst"))).isEqualTo("decision");
    assertThat(
            parameter(
                api.get(
                    "/api/v1/persons/duplicates?minScore=0.1", "analyst", "X-Purpose", PURPOSE)))
        .isEqualTo("minScore");
    assertThat(
            parameter(
                api.get("/api/v1/persons/duplicates?limit=0", "analyst", "X-Purpose", PURPOSE)))
        .isEqualTo("limit");
    assertThat(count("MATCH ()-[r:POSSIBLY_SAME_AS]->() RETURN count(r)")).isZero();
  }

  private JsonNode get(String path) {
    ApiClient.Response response = api.get(path, "analyst", "X-Purpose", PURPOSE);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private ApiClient.Response decide(String a, String b, String decision, String note, String user) {
    String body =
        "{\"a\":\"%s\",\"b\":\"%s\",\"decision\":\"%s\",\"note\":\"%s\"}"
            .formatted(a, b, decision, note);
    return api.post(
        "/api/v1/persons/duplicates/decisions",
        user,
        "application/json",
        body,
        "X-Purpose",
        PURPOSE);
  }

  private long linked(String a, String b, String decision) {
    return store.read(
        tx ->
            tx.run(
                    """
                    MATCH (:Person {id: $a})-[r:POSSIBLY_SAME_AS]->(:Person {id: $b})
                    WHERE r.derived AND r.decision = $decision
                    RETURN count(r)
                    """,
                    Map.of("a", a, "b", b, "decision", decision))
                .single()
                .get(0)
                .asLong());
  }

  private JsonNode latest(String user) {
    return api.get("/api/v1/audit?user=" + user + "&limit=1", "supervisor").json().at("/entries/0");
  }

  private static String parameter(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().at("/parameter").asString();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  private static String pair(String x, String y) {
    return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
  }
}
