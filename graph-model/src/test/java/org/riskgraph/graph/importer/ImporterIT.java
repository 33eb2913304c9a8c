package org.riskgraph.graph.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.riskgraph.graph.store.EmbeddedStoreExtension;
import org.riskgraph.graph.store.GraphStore;

@ExtendWith(EmbeddedStoreExtension.class)
class ImporterIT {

  private final GraphStore store;
  private final Importer importer;

  ImporterIT(GraphStore store) {
    this.store = store;
    this.importer = new Importer(store, ImportOptions.defaults("test"));
  }

  @Test
  void importsTheGoodLinesAndReportsEachBadOneByLineAndReason() {
    ImportSummary summary = importer.importPath(resource("import/small.ndjson"));

    assertThat(summary.records()).isEqualTo(31);
    assertThat(summary.rejects())
        .extracting(Reject::line, Reject::field)
        .containsExactly(
            tuple(7L, null),
            tuple(8L, "idNumber"),
            tuple(11L, "kind"),
            tuple(9L, "villageCode"),
            tuple(13L, "to"),
            tuple(20L, "severity"),
            tuple(26L, "legalBasis"),
            tuple(31L, "plate"));
    assertThat(summary.rejects().get(1).reason()).contains("check digit");
    assertThat(summary.rejects().get(3).reason()).isEqualTo("no Village with code 'V9'");
    assertThat(summary.kind("Person")).isEqualTo(new KindCounts(3, 0, 0, 2));
    assertThat(summary.kind("Phone")).isEqualTo(new KindCounts(1, 1, 0, 0));
    assertThat(summary.kind("Sighting")).isEqualTo(new KindCounts(2, 0, 1, 1));
    assertThat(summary.kind("Involvement")).isEqualTo(new KindCounts(2, 0, 0, 0));
    assertThat(summary.created()).isEqualTo(21);
  }

  @Test
  void storesTheGraphModelWithProvenance() {
    importer.importPath(resource("import/small.ndjson"));

    assertThat(
            count(
                "MATCH (:Person {id: 'P1'})-[:RESIDES_IN]->(:Village {code: 'V1'})-[:PART_OF]->(:Township) RETURN count(*)"))
        .isOne();
    assertThat(count("MATCH (:Person)-[:USES]->(:Phone {number: '13808781234'}) RETURN count(*)"))
        .isEqualTo(2);
    assertThat(
            count(
                "MATCH (:Village {code: 'V1'})-[:ADJACENT_TO]->(:Village {code: 'V2'}) RETURN count(*)"))
        .isOne();
    assertThat(
            count(
                "MATCH (p:Person)-[:PARTY_TO]->(:Dispute {id: 'D1'})-[:ESCALATED_TO]->(:Incident {id: 'J1'}) RETURN count(p)"))
        .isEqualTo(2);
    assertThat(
            count("MATCH (:Vehicle {plate: '云E12345'})-[s:SEEN_AT]->(:Checkpoint) RETURN count(s)"))
        .isEqualTo(2);
    assertThat(count("MATCH (v:Vehicle {plate: 'WJ12345'}) WHERE v.civil = false RETURN count(v)"))
        .isOne();
    assertThat(count("MATCH (n) WHERE n.source IS NULL OR n.ingestedAt IS NULL RETURN count(n)"))
        .isZero();
    assertThat(
            count(
                "MATCH ()-[r]->() WHERE r.source IS NULL OR r.ingestedAt IS NULL RETURN count(r)"))
        .isZero();
    String reportedAt =
        store.read(
            tx ->
                tx.run("MATCH (i:Incident {id: 'J1'}) RETURN toString(i.reportedAt) AS t")
                    .single()
                    .get("t")
                    .asString());
    assertThat(reportedAt).isEqualTo("2026-10-14T08:30:00+08:00");
  }

  @Test
  void importingTheSameFileTwiceChangesNothing() {
    importer.importPath(resource("import/small.ndjson"));
    Map<String, Long> before = census();

    ImportSummary again = importer.importPath(resource("import/small.ndjson"));

    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(again.unchanged()).isEqualTo(23);
    assertThat(again.rejected()).isEqualTo(8);
    assertThat(census()).isEqualTo(before);
  }

  @Test
  void updatesChangedRecordsAndMovesTheirReferences() {
    importer.importPath(resource("import/small.ndjson"));

    ImportSummary update =
        ndjson(
            """
            {"kind":"Person","id":"P1","name":"张伟","idNumber":"532323198506120011","villageCode":"V2"}
            {"kind":"Dispute","id":"D1","openedAt":"2026-09-01","category":"LAND","villageCode":"V2","status":"RESOLVED","resolvedAt":"2026-09-20","partyIds":["P1"]}
            """);

    assertThat(update.kind("Person")).isEqualTo(new KindCounts(0, 1, 0, 0));
    assertThat(update.kind("Dispute")).isEqualTo(new KindCounts(0, 1, 0, 0));
    assertThat(count("MATCH (:Person {id: 'P1'})-[:RESIDES_IN]->(v:Village) RETURN count(v)"))
        .isOne();
    assertThat(
            count(
                "MATCH (:Person {id: 'P1'})-[:RESIDES_IN]->(:Village {code: 'V2'}) RETURN count(*)"))
        .isOne();
    assertThat(count("MATCH (:Person)-[:PARTY_TO]->(:Dispute {id: 'D1'}) RETURN count(*)")).isOne();
    assertThat(count("MATCH (:Dispute {id: 'D1'})-[:ESCALATED_TO]->() RETURN count(*)")).isZero();
  }

  @Test
  void rejectsASecondPersonWithTheSameResidentIdAndKeepsTheRestOfTheBatch() {
    importer.importPath(resource("import/small.ndjson"));

    ImportSummary summary =
        ndjson(
            """
            {"kind":"Person","id":"P7","name":"赵六","villageCode":"V1"}
            {"kind":"Person","id":"P8","name":"钱七","idNumber":"532323198506120011","villageCode":"V1"}
            {"kind":"Person","id":"P9","name":"孙八","villageCode":"V1"}
            """);

    assertThat(summary.kind("Person")).isEqualTo(new KindCounts(2, 0, 0, 1));
    assertThat(summary.rejects())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(2);
              assertThat(r.field()).isEqualTo("idNumber");
            });
    assertThat(count("MATCH (p:Person) WHERE p.id IN ['P7', 'P9'] RETURN count(p)")).isEqualTo(2);
  }

  @Test
  void readsACsvFolderInReferenceOrderWithListsAndQuotedCommas() {
    ImportSummary summary = importer.importPath(resource("import/small-csv"));

    assertThat(summary.kind("Village")).isEqualTo(new KindCounts(2, 0, 0, 1));
    assertThat(summary.kind("Person")).isEqualTo(new KindCounts(2, 0, 0, 1));
    assertThat(summary.kind("Dispute")).isEqualTo(new KindCounts(1, 0, 0, 1));
    assertThat(summary.rejects())
        .extracting(Reject::origin, Reject::line, Reject::field)
        .containsExactly(
            tuple("notes.csv", 0L, null),
            tuple("villages.csv", 3L, "population"),
            tuple("persons.csv", 4L, null),
            tuple("disputes.csv", 3L, "partyIds"));
    assertThat(count("MATCH (v:Village {name: '新桥村, 上组'}) RETURN count(v)")).isOne();
    assertThat(count("MATCH (:Person)-[:PARTY_TO]->(:Dispute {id: 'D1'}) RETURN count(*)"))
        .isEqualTo(2);
  }

  @Test
  void reportsProgressWithRateAndTimeLeft() {
    List<ImportProgress> heard = new ArrayList<>();
    Importer eager =
        new Importer(
            store,
            new ImportOptions(
                "test",
                5,
                100,
                java.time.Duration.ofSeconds(30),
                java.time.Duration.ZERO,
                heard::add,
                2));

    eager.importPath(resource("import/small.ndjson"));

    assertThat(heard).isNotEmpty();
    assertThat(heard.getLast().records()).isEqualTo(31);
    assertThat(heard.getLast().fraction()).hasValueSatisfying(f -> assertThat(f).isEqualTo(1.0));
    assertThat(heard.getLast().recordsPerSecond()).isPositive();
  }

  private ImportSummary ndjson(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return importer.importNdjson(new ByteArrayInputStream(bytes), "request", bytes.length);
  }

  private long count(String cypher) {
    return store.read(tx -> tx.run(cypher).single().get(0).asLong());
  }

  private Map<String, Long> census() {
    return Map.of(
        "nodes", count("MATCH (n) RETURN count(n)"),
        "relationships", count("MATCH ()-[r]->() RETURN count(r)"),
        "properties", count("MATCH (n) RETURN sum(size(keys(n)))"));
  }

  static Path resource(String name) {
    try {
      return Path.of(ImporterIT.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
