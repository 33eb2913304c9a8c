package org.riskgraph.analysis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.riskgraph.analysis.search.SearchIndexNameTests.keys;
import static org.riskgraph.analysis.search.TestDocuments.person;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.riskgraph.graph.entity.EntityKind;

class SearchIndexLifecycleTests {

  @Test
  void indexingTheSameKeyAgainReplacesTheDocument() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.index(List.of(person("P1", "张伟")));
      index.index(List.of(person("P1", "张玮")));

      assertThat(index.size()).isEqualTo(1);
      assertThat(index.search(SearchQuery.of("张玮")).hits().getFirst().displayName())
          .isEqualTo("张玮");
      assertThat(keys(index.search(SearchQuery.of("张伟")).hits()))
          .as("only as a homophone now")
          .containsExactly("P1");
      assertThat(index.search(SearchQuery.of("张伟")).hits().getFirst().reasons())
          .containsExactly("name sounds like 张伟 (zhang wei)");
    }
  }

  @Test
  void deletesOneEntity() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.index(List.of(person("P1", "张伟"), person("P2", "张伟")));

      index.delete(EntityKind.PERSON, "P1");
      index.delete(EntityKind.PERSON, "P404");

      assertThat(keys(index.search(SearchQuery.of("张伟")).hits())).containsExactly("P2");
    }
  }

  @Test
  void clearsEverything() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      index.index(List.of(person("P1", "张伟")));

      index.clear();

      assertThat(index.size()).isZero();
      assertThat(index.search(SearchQuery.of("张伟")).hits()).isEmpty();
    }
  }

  @Test
  void keepsTheIndexOnDiskAcrossRestarts(@TempDir Path folder) {
    try (SearchIndex index = SearchIndex.open(folder)) {
      index.index(List.of(person("P1", "张伟")));
    }

    try (SearchIndex reopened = SearchIndex.open(folder)) {
      assertThat(keys(reopened.search(SearchQuery.of("zw")).hits())).containsExactly("P1");
    }
  }

  @Test
  void asksForARebuildWhenEmptyButNotAfterIndexing(@TempDir Path folder) {
    try (SearchIndex index = SearchIndex.open(folder)) {
      assertThat(index.needsRebuild()).isTrue();
      index.index(List.of(person("P1", "张伟")));
    }

    try (SearchIndex reopened = SearchIndex.open(folder)) {
      assertThat(reopened.needsRebuild()).isFalse();
    }
  }

  @Test
  void emptiesAnIndexWrittenWithAnotherSchema(@TempDir Path folder) throws Exception {
    // Given an index written by something else (no schema version in its commit)
    try (Directory directory = FSDirectory.open(folder);
        IndexWriter foreign = new IndexWriter(directory, new IndexWriterConfig())) {
      Document doc = new Document();
      doc.add(new StringField("name", "张伟", Field.Store.YES));
      foreign.addDocument(doc);
    }

    // When / Then
    try (SearchIndex index = SearchIndex.open(folder)) {
      assertThat(index.needsRebuild()).isTrue();
      assertThat(index.size()).isZero();
    }
  }

  @Test
  void servesSearchesWhileIndexing() throws Exception {
    try (SearchIndex index = SearchIndex.inMemory();
        ExecutorService pool = Executors.newFixedThreadPool(2)) {
      Future<?> writes =
          pool.submit(
              () -> {
                for (int batch = 0; batch < 20; batch++) {
                  List<SearchDocument> docs = new ArrayList<>();
                  for (int i = 0; i < 50; i++) {
                    docs.add(person("P" + batch + "_" + i, i % 2 == 0 ? "张伟" : "李娜"));
                  }
                  index.index(docs);
                }
              });
      Future<Long> reads =
          pool.submit(
              () -> {
                long seen = 0;
                while (!writes.isDone()) {
                  seen = Math.max(seen, index.search(SearchQuery.of("zhangwei")).totalMatched());
                }
                return seen;
              });

      writes.get();
      reads.get();

      assertThat(index.search(SearchQuery.of("zhangwei")).totalMatched()).isEqualTo(500);
    }
  }

  @Test
  void asksForARebuildAgainWhenTheLastOneNeverFinished(@TempDir Path folder) {
    // Given a rebuild that began and was cut off after one batch
    try (SearchIndex index = SearchIndex.open(folder)) {
      index.index(List.of(person("P1", "张伟")));
      index.beginRebuild();
      index.index(List.of(person("P2", "李娜")));
    }

    // When / Then
    try (SearchIndex reopened = SearchIndex.open(folder)) {
      assertThat(reopened.needsRebuild()).isTrue();
      assertThat(reopened.size()).as("what was indexed stays searchable").isEqualTo(2);
      reopened.beginRebuild();
      reopened.index(List.of(person("P1", "张伟"), person("P2", "李娜")));
      reopened.finishRebuild(ref -> true);
      assertThat(reopened.needsRebuild()).isFalse();
    }
    try (SearchIndex again = SearchIndex.open(folder)) {
      assertThat(again.needsRebuild()).isFalse();
    }
  }

  @Test
  void finishingARebuildRemovesWhatItDidNotSeeAndCompacts() {
    try (SearchIndex index = SearchIndex.inMemory()) {
      // Given P2 was indexed once, and the graph no longer holds it
      index.index(List.of(person("P1", "张伟"), person("P2", "张伟")));
      index.beginRebuild();
      index.index(List.of(person("P1", "张伟")));
      index.index(List.of(person("P3", "张伟")));

      // When
      long removed =
          index.finishRebuild(ref -> ref.kind() == EntityKind.PERSON && !ref.key().equals("P2"));

      // Then
      assertThat(removed).isEqualTo(1);
      assertThat(keys(index.search(SearchQuery.of("张伟")).hits()))
          .containsExactlyInAnyOrder("P1", "P3");
      assertThat(index.segments()).isEqualTo(1);
    }
  }
}
