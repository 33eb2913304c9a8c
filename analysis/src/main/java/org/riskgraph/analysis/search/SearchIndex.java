package org.riskgraph.analysis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.riskgraph.graph.common.EntityKind;

/**
 * The Lucene index behind {@link EntitySearch}. Safe for concurrent use: one {@link IndexWriter}
 * takes all changes, and each batch of changes is committed and made visible to searches through a
 * {@link SearcherManager} before the call returns. Searches never block writes.
 */
public final class SearchIndex implements EntitySearch, AutoCloseable {

  /** Matches are counted exactly up to here; beyond it totalMatched is a lower bound. */
  static final int COUNT_LIMIT = 10_000;

  private final Directory directory;
  private final boolean ownsDirectory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final DocumentMapper mapper;
  private final QueryPlanner planner;

  /** An index in the given directory, created if empty; the caller closes the directory. */
  public SearchIndex(Directory directory) {
    this(directory, false);
  }

  private SearchIndex(Directory directory, boolean ownsDirectory) {
    this.directory = directory;
    this.ownsDirectory = ownsDirectory;
    SearchAnalyzers analyzers = new SearchAnalyzers();
    ChinesePinyin pinyin = new ChinesePinyin();
    this.mapper = new DocumentMapper(pinyin);
    this.planner = new QueryPlanner(pinyin, analyzers);
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzers.perField());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      this.writer = new IndexWriter(directory, config);
      this.searchers = new SearcherManager(writer, true, false, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open search index in " + directory, e);
    }
  }

  /** An index in a folder on disk (memory-mapped), created if missing; closing closes it. */
  public static SearchIndex open(Path folder) {
    try {
      return new SearchIndex(FSDirectory.open(folder), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open search index in " + folder, e);
    }
  }

  /** An index held in memory, for tests and short-lived tools. */
  public static SearchIndex inMemory() {
    return new SearchIndex(new ByteBuffersDirectory(), true);
  }

  /** Adds the documents, replacing any already indexed with the same kind and key. */
  public void index(Collection<? extends SearchDocument> documents) {
    try {
      for (SearchDocument document : documents) {
        writer.updateDocument(DocumentMapper.uidTerm(document), mapper.toLucene(document));
      }
      publish();
    } catch (IOException e) {
      throw new UncheckedIOException("indexing failed", e);
    }
  }

  /** Removes one entity; removing one that is not indexed does nothing. */
  public void delete(EntityKind kind, String key) {
    try {
      writer.deleteDocuments(new Term(IndexFields.UID, DocumentMapper.uid(kind.name(), key)));
      publish();
    } catch (IOException e) {
      throw new UncheckedIOException("delete failed", e);
    }
  }

  /** Removes everything, e.g. before a rebuild from the graph. */
  public void clear() {
    try {
      writer.deleteAll();
      publish();
    } catch (IOException e) {
      throw new UncheckedIOException("clear failed", e);
    }
  }

  /** How many entities are indexed. */
  public long size() {
    return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
  }

  @Override
  public SearchResult search(SearchQuery query) {
    List<Clause> clauses = planner.clauses(query);
    if (clauses.isEmpty()) {
      return SearchResult.empty();
    }
    Query combined = QueryPlanner.combine(clauses, query.kinds());
    return withSearcher(searcher -> run(searcher, combined, clauses, query.limit()));
  }

  private static SearchResult run(
      IndexSearcher searcher, Query combined, List<Clause> clauses, int limit) throws IOException {
    TopDocs top =
        searcher.search(combined, new TopScoreDocCollectorManager(limit, null, COUNT_LIMIT));
    ScoreDoc[] docs = top.scoreDocs;
    StoredFields fields = searcher.storedFields();
    List<StoredHit> stored = new ArrayList<>(docs.length);
    for (ScoreDoc doc : docs) {
      stored.add(new StoredHit(fields.document(doc.doc)));
    }
    List<List<String>> reasons = HitReasons.of(searcher, clauses, docs, stored);
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      StoredHit hit = stored.get(i);
      hits.add(
          new SearchHit(
              EntityKind.valueOf(hit.get(IndexFields.KIND).toUpperCase(Locale.ROOT)),
              hit.get(IndexFields.KEY),
              hit.get(IndexFields.DISPLAY),
              docs[i].score,
              reasons.get(i)));
    }
    TotalHits total = top.totalHits;
    boolean exact = total.relation() == TotalHits.Relation.EQUAL_TO;
    return new SearchResult(hits, total.value(), !exact || total.value() > hits.size());
  }

  private void publish() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  private <T> T withSearcher(SearcherCall<T> call) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return call.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      if (ownsDirectory) {
        directory.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("closing the search index failed", e);
    }
  }

  @FunctionalInterface
  private interface SearcherCall<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
