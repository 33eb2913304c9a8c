package org.riskgraph.analysis.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.ImportSummary;
import org.riskgraph.graph.importer.Importer;
import org.riskgraph.graph.person.Person;
import org.riskgraph.graph.store.EmbeddedStoreExtension;
import org.riskgraph.graph.store.GraphStore;

/** The graph reader that feeds the search index, against the embedded store. */
@ExtendWith(EmbeddedStoreExtension.class)
class GraphDocumentsIT {

  private static final String VILLAGE =
      """
      {"kind":"Township","code":"T1","name":"共和镇"}
      {"kind":"Village","code":"V1","name":"天台社区","townshipCode":"T1","population":3200}
      {"kind":"Village","code":"V2","name":"和平村","townshipCode":"T1","population":900}
      """;

  private static final String PEOPLE =
      """
      {"kind":"Person","id":"P1","name":"张伟","gender":"M","birthDate":"1990-05-12","villageCode":"V1"}
      {"kind":"Person","id":"P2","name":"李娜","villageCode":"V2"}
      {"kind":"Vehicle","plate":"云E12345","vehicleKind":"小型轿车","colour":"白色","ownerId":"P1"}
      {"kind":"Phone","number":"13812345678","userId":"P1"}
      {"kind":"Incident","id":"J1","reportedAt":"2026-10-14T08:30:00+08:00","category":"THEFT","severity":2,"villageCode":"V2","summary":"村民报称其电动车被盗"}
      {"kind":"Dispute","id":"MD1","openedAt":"2026-10-01T09:00:00+08:00","category":"LAND","villageCode":"V1","status":"OPEN","summary":"两户因宅基地边界发生纠纷","partyIds":["P1","P2"]}
      """;

  @Test
  void readsEverySearchableNodeOfTheTinyCountyOnceWithItsVillageName(
      GraphStore store, @TempDir Path dir) throws IOException {
    // Given the tiny county in the store
    County county = CountyGenerator.generate(Scale.TINY, 42, Plants.ALL);
    new FixtureWriter(dir, EnumSet.of(Format.CSV)).write(county);
    new Importer(store, ImportOptions.defaults("test")).importPath(dir);

    // When
    List<SearchDocument> documents = new ArrayList<>();
    GraphDocuments.Feed feed = new GraphDocuments(store, 700).readAll(documents::addAll);

    // Then
    Map<EntityKind, Long> byKind =
        documents.stream()
            .collect(Collectors.groupingBy(SearchDocument::kind, Collectors.counting()));
    assertThat(feed.skipped()).isZero();
    assertThat(feed.documents()).isEqualTo(documents.size());
    assertThat(byKind)
        .containsEntry(EntityKind.PERSON, (long) county.persons().size())
        .containsEntry(EntityKind.VEHICLE, (long) county.vehicles().size())
        .containsEntry(
            EntityKind.PHONE,
            county.phones().stream().map(p -> p.number().value()).distinct().count())
        .containsEntry(EntityKind.INCIDENT, (long) county.incidents().size())
        .containsEntry(EntityKind.DISPUTE, (long) county.disputes().size());
    assertThat(documents.stream().map(d -> d.kind() + ":" + d.key()).distinct().count())
        .as("no entity twice across batches")
        .isEqualTo(documents.size());
    Person first = county.persons().getFirst();
    String villageName =
        county.villages().stream()
            .filter(v -> v.code().equals(first.villageCode()))
            .findFirst()
            .orElseThrow()
            .name();
    assertThat(documents)
        .filteredOn(d -> d.kind() == EntityKind.PERSON && d.key().equals(first.id()))
        .singleElement()
        .isEqualTo(PersonDocument.of(first, Optional.of(villageName)));
    assertThat(new GraphDocuments(store).count()).isEqualTo(documents.size());
  }

  @Test
  void readsOnlyWhatAnImportChangedAndTheResidentsOfARenamedVillage(GraphStore store) {
    // Given
    Importer importer = new Importer(store, ImportOptions.defaults("test"));
    importNdjson(importer, VILLAGE + PEOPLE);

    // When a later import renames P2 and renames village V1
    ImportSummary change =
        importNdjson(
            importer,
            """
            {"kind":"Village","code":"V1","name":"天台新区","townshipCode":"T1","population":3200}
            {"kind":"Person","id":"P2","name":"李娜娜","villageCode":"V2"}
            {"kind":"Person","id":"P3","name":"王芳","villageCode":"V2"}
            """);
    List<SearchDocument> changed = new ArrayList<>();
    new GraphDocuments(store).readChanged(change.ingestedAt(), changed::addAll);

    // Then P2 and P3 (changed), P1 and MD1 (in the renamed village); not J1, the vehicle or phone
    assertThat(changed.stream().map(d -> d.kind().urlName() + ":" + d.key()).toList())
        .containsExactlyInAnyOrder("person:P1", "person:P2", "person:P3", "dispute:MD1");
    assertThat(changed)
        .filteredOn(d -> d.key().equals("P1"))
        .singleElement()
        .extracting(SearchDocument::displayName)
        .isEqualTo("张伟 · 1990-05-12 · 天台新区");
    assertThat(changed)
        .filteredOn(d -> d.key().equals("P2"))
        .singleElement()
        .extracting(d -> ((PersonDocument) d).name())
        .isEqualTo("李娜娜");
  }

  @Test
  void aFedIndexFindsWhatTheGraphHolds(GraphStore store) {
    // Given
    importNdjson(new Importer(store, ImportOptions.defaults("test")), VILLAGE + PEOPLE);

    try (SearchIndex index = SearchIndex.inMemory()) {
      // When
      new GraphDocuments(store).readAll(index::index);

      // Then
      assertThat(keys(index, "zw")).containsExactly("P1");
      assertThat(keys(index, "云E1234S")).containsExactly("云E12345");
      assertThat(keys(index, "5678")).contains("13812345678");
      assertThat(keys(index, "电动车 被盗")).containsExactly("J1");
      assertThat(keys(index, "宅基地")).containsExactly("MD1");
      assertThat(keys(index, "李娜 和平村")).first().isEqualTo("P2");
    }
  }

  private static List<String> keys(SearchIndex index, String text) {
    return index.search(SearchQuery.of(text)).hits().stream().map(SearchHit::key).toList();
  }

  private static ImportSummary importNdjson(Importer importer, String ndjson) {
    byte[] bytes = ndjson.getBytes(StandardCharsets.UTF_8);
    ImportSummary summary =
        importer.importNdjson(new ByteArrayInputStream(bytes), "test", bytes.length);
    assertThat(summary.rejects()).isEmpty();
    return summary;
  }
}
