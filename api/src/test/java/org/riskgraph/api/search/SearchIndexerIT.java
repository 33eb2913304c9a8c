package org.riskgraph.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.riskgraph.analysis.search.GraphDocuments;
import org.riskgraph.analysis.search.PersonDocument;
import org.riskgraph.analysis.search.SearchHit;
import org.riskgraph.analysis.search.SearchIndex;
import org.riskgraph.analysis.search.SearchQuery;
import org.riskgraph.api.importer.ImportCompleted;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.ImportSummary;
import org.riskgraph.graph.importer.Importer;
import org.riskgraph.graph.store.EmbeddedStoreExtension;
import org.riskgraph.graph.store.GraphStore;

/** The index lifecycle on its own: start-up check, unfinished rebuilds, import sync. */
@ExtendWith(EmbeddedStoreExtension.class)
class SearchIndexerIT {

  private static final String DATA =
      """
      {"kind":"Township","code":"T1","name":"共和镇"}
      {"kind":"Village","code":"V1","name":"天台社区","townshipCode":"T1","population":3200}
      {"kind":"Person","id":"P1","name":"张伟","villageCode":"V1"}
      {"kind":"Person","id":"P2","name":"李娜","villageCode":"V1"}
      {"kind":"Vehicle","plate":"云E12345","ownerId":"P1"}
      {"kind":"Phone","number":"13812345678","userId":"P2"}
      {"kind":"Incident","id":"J1","reportedAt":"2026-10-14T08:30:00+08:00","category":"THEFT","severity":2,"villageCode":"V1","summary":"村民报称其电动车被盗"}
      """;

  private static final SearchProperties PROPERTIES =
      new SearchProperties(Duration.ofSeconds(30), 2);

  @Test
  void rebuildsInTheBackgroundOnStartWhenTheIndexIsEmptyAndTheGraphIsNot(GraphStore store)
      throws InterruptedException {
    load(store, DATA);
    try (SearchIndex index = SearchIndex.inMemory()) {
      SearchIndexer indexer = new SearchIndexer(index, new GraphDocuments(store, 2), PROPERTIES);

      indexer.checkOnStart();
      awaitIdle(indexer);

      assertThat(index.size()).isEqualTo(5);
      assertThat(index.needsRebuild()).isFalse();
      assertThat(indexer.status().lastRebuild().reason()).startsWith("start-up");
      assertThat(keys(index, "zw")).containsExactly("P1");
      indexer.destroy();
    }
  }

  @Test
  void rebuildsOnStartWhenTheLastRebuildNeverFinished(GraphStore store, @TempDir Path folder)
      throws InterruptedException {
    // Given an index on disk whose rebuild stopped after one document
    load(store, DATA);
    try (SearchIndex index = SearchIndex.open(folder)) {
      index.beginRebuild();
      index.index(
          List.of(
              new PersonDocument(
                  "P1",
                  "张伟",
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty())));
    }

    // When the application starts again
    try (SearchIndex index = SearchIndex.open(folder)) {
      SearchIndexer indexer = new SearchIndexer(index, new GraphDocuments(store), PROPERTIES);
      indexer.checkOnStart();
      awaitIdle(indexer);

      // Then
      assertThat(index.size()).isEqualTo(5);
      assertThat(indexer.status().lastRebuild()).isNotNull();
      indexer.destroy();
    }
    try (SearchIndex index = SearchIndex.open(folder)) {
      assertThat(index.needsRebuild()).isFalse();
    }
  }

  @Test
  void leavesACompleteIndexAloneOnStart(GraphStore store) throws InterruptedException {
    load(store, DATA);
    try (SearchIndex index = SearchIndex.inMemory()) {
      GraphDocuments graph = new GraphDocuments(store);
      index.beginRebuild();
      graph.readAll(index::index);
      index.finishRebuild(ref -> true);
      SearchIndexer indexer = new SearchIndexer(index, graph, PROPERTIES);

      indexer.checkOnStart();
      awaitIdle(indexer);

      assertThat(indexer.status().lastRebuild()).isNull();
      indexer.destroy();
    }
  }

  @Test
  void takesInWhatAnImportStampedBeforeTheImportAnswers(GraphStore store)
      throws InterruptedException {
    // Given
    load(store, DATA);
    try (SearchIndex index = SearchIndex.inMemory()) {
      GraphDocuments graph = new GraphDocuments(store);
      graph.readAll(index::index);
      SearchIndexer indexer = new SearchIndexer(index, graph, PROPERTIES);

      // When
      ImportSummary summary =
          load(
              store, "{\"kind\":\"Person\",\"id\":\"P2\",\"name\":\"李娜娜\",\"villageCode\":\"V1\"}");
      indexer.onImport(new ImportCompleted(summary));

      // Then at once, without waiting
      assertThat(keys(index, "李娜娜")).first().isEqualTo("P2");
      assertThat(indexer.status().lastSync().fed()).isEqualTo(1);
      indexer.destroy();
    }
  }

  private static void awaitIdle(SearchIndexer indexer) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (indexer.rebuilding() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(indexer.rebuilding()).as("still rebuilding after a minute").isFalse();
  }

  private static List<String> keys(SearchIndex index, String text) {
    return index.search(SearchQuery.of(text)).hits().stream().map(SearchHit::key).toList();
  }

  private static ImportSummary load(GraphStore store, String ndjson) {
    byte[] bytes = ndjson.getBytes(StandardCharsets.UTF_8);
    ImportSummary summary =
        new Importer(store, ImportOptions.defaults("test"))
            .importNdjson(new ByteArrayInputStream(bytes), "test", bytes.length);
    assertThat(summary.rejects()).isEmpty();
    return summary;
  }
}
