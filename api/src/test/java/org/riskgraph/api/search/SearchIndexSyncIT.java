package org.riskgraph.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.api.importer.ImportService;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.Importer;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The index follows imports at once, and a rebuild brings it back in line with the graph. */
class SearchIndexSyncIT extends ApiTestBase {

  @Autowired ImportService imports;

  private String village;

  @BeforeEach
  void tinyCountyIndexed() {
    TinyCounty.ensureLoaded(store, imports, this::emptyStore);
    SearchAdmin.rebuildOncePerClass(api, getClass());
    village = TinyCounty.county().villages().getFirst().code();
    store.write(
        tx -> tx.run("MATCH (p:Person) WHERE p.id STARTS WITH 'SYNC' DETACH DELETE p").consume());
  }

  @Test
  void aPersonImportedThroughTheApiIsFoundAsSoonAsTheImportAnswers() {
    // When
    importPerson("SYNC1", "司马相如");

    // Then
    JsonNode result = search("司马相如");
    assertThat(SearchApiIT.keys(result)).first().isEqualTo("SYNC1");
    assertThat(SearchApiIT.reasons(result, "SYNC1")).contains("name 司马相如");
    assertThat(SearchApiIT.keys(search("smxr"))).contains("SYNC1");
  }

  @Test
  void aRenamedPersonIsFoundByTheNewNameAndNoLongerByTheOld() {
    // Given
    importPerson("SYNC2", "司马相如");

    // When
    importPerson("SYNC2", "诸葛孔明");

    // Then
    assertThat(SearchApiIT.keys(search("诸葛孔明"))).first().isEqualTo("SYNC2");
    assertThat(SearchApiIT.keys(search("司马相如"))).doesNotContain("SYNC2");
  }

  @Test
  void aRebuildTakesInWhatBypassedTheImportServiceAndDropsWhatTheGraphNoLongerHolds() {
    // Given one person indexed and then deleted from the graph behind the index's back, and one
    // written straight into the store
    importPerson("SYNC3", "欧阳修");
    store.write(tx -> tx.run("MATCH (p:Person {id: 'SYNC3'}) DETACH DELETE p").consume());
    byte[] line = person("SYNC4", "上官婉儿").getBytes(StandardCharsets.UTF_8);
    new Importer(store, ImportOptions.defaults("test:direct"))
        .importNdjson(new ByteArrayInputStream(line), "test", line.length);
    assertThat(SearchApiIT.keys(search("欧阳修"))).as("stale before").contains("SYNC3");
    assertThat(SearchApiIT.keys(search("上官婉儿"))).as("missing before").doesNotContain("SYNC4");

    // When
    JsonNode status = SearchAdmin.rebuild(api);

    // Then
    assertThat(SearchApiIT.keys(search("欧阳修"))).doesNotContain("SYNC3");
    assertThat(SearchApiIT.keys(search("上官婉儿"))).first().isEqualTo("SYNC4");
    assertThat(status.at("/lastRebuild/removed").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(status.at("/lastRebuild/error").isNull()).isTrue();
    assertThat(status.at("/documents").asLong())
        .isEqualTo(
            count(
                "MATCH (n) WHERE n:Person OR n:Vehicle OR n:Phone OR n:Incident OR n:Dispute RETURN count(n)"));
  }

  @Test
  void onlyAnAdministratorRebuildsAndTheRebuildIsAudited() {
    assertThat(api.post("/api/v1/admin/search/rebuild", "analyst", "application/json", "").status())
        .isEqualTo(403);

    SearchAdmin.rebuild(api);

    JsonNode entry =
        api.get("/api/v1/audit?user=admin&limit=5", "supervisor").json().at("/entries");
    List<String> actions = new ArrayList<>();
    entry.forEach(
        e ->
            actions.add(
                e.at("/event/action").asString() + " " + e.at("/event/endpoint").asString()));
    assertThat(actions).contains("DERIVATION POST /api/v1/admin/search/rebuild");
  }

  private void importPerson(String id, String name) {
    ApiClient.Response response =
        api.post("/api/v1/import", "admin", "application/x-ndjson", person(id, name));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().at("/rejected").asLong()).isZero();
  }

  private String person(String id, String name) {
    return "{\"kind\":\"Person\",\"id\":\"%s\",\"name\":\"%s\",\"villageCode\":\"%s\"}\n"
        .formatted(id, name, village);
  }

  private JsonNode search(String q) {
    ApiClient.Response response =
        api.get(
            "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
            "analyst",
            "X-Purpose",
            SearchApiIT.PURPOSE);
    assertThat(response.status()).isEqualTo(200);
    return response.json();
  }
}
