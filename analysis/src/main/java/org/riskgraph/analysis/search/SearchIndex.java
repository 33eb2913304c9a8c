package org.riskgraph.analysis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;

/**
 * The Lucene index behind {@link EntitySearch}. Safe for concurrent use: one {@link IndexWriter}
 * takes all changes, and each batch of changes is committed and made visible to searches through a
 * {@link SearcherManager} before the call returns. Searches never block writes.
 */
public final class SearchIndex implements EntitySearch, AutoCloseable {

  /** Matches are counted exactly up to here; beyond it totalMatched is a lower bound. */
  static final int COUNT_LIMIT = 10_000;

  /**
   * The version of the fields and analyzers, kept in every commit. An index written by another
   * version is emptied on opening, since its fields would answer queries wrongly.
   */
  static final String SCHEMA = "1";

  private static final String SCHEMA_KEY = "riskgraph.search.schema";

  /** "false" in the commits of a rebuild that has begun and not finished. */
  private static final String COMPLETE_KEY = "riskgraph.search.complete";

  private final Directory directory;
  private final boolean ownsDirectory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final DocumentMapper mapper;
  private final QueryPlanner planner;
  private volatile boolean needsRebuild;

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
      boolean current = SCHEMA.equals(committed(writer, SCHEMA_KEY));
      if (!current) {
        writer.deleteAll();
      }
      boolean unfinished = "false".equals(committed(writer, COMPLETE_KEY));
      this.needsRebuild = !current || unfinished || writer.getDocStats().numDocs == 0;
      writer.setLiveCommitData(commitData(!unfinished));
      writer.commit();
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

  /**
   * True when the index was empty, written by another schema version (and has been emptied) or left
   * by a rebuild that never finished when it was opened, until {@link #finishRebuild()}: the caller
   * should feed it every entity of the graph.
   */
  public boolean needsRebuild() {
    return needsRebuild;
  }

  /**
   * Notes in the index that a rebuild from the graph has begun, so that an index reopened before
   * {@link #finishRebuild()} (the process died half-way) asks for a rebuild again. The documents
   * already indexed stay searchable meanwhile.
   */
  public void beginRebuild() {
    try {
      writer.setLiveCommitData(commitData(false));
      publish();
    } catch (IOException e) {
      throw new UncheckedIOException("marking the rebuild failed", e);
    }
  }

  /**
   * Removes every entity the rebuild did not see (the graph no longer holds it), compacts the index
   * and notes the rebuild as finished.
   *
   * @param seen whether the rebuild fed this entity
   * @return how many entities were removed
   */
  public long finishRebuild(Predicate<EntityRef> seen) {
    try {
      long before = size();
      List<Term> gone =
          withSearcher(searcher -> IndexedRefs.unseen(searcher.getIndexReader(), seen));
      writer.deleteDocuments(gone.toArray(Term[]::new));
      writer.setLiveCommitData(commitData(true));
      writer.forceMerge(1);
      publish();
      needsRebuild = false;
      return before - size();
    } catch (IOException e) {
      throw new UncheckedIOException("finishing the rebuild failed", e);
    }
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

  /**
   * Merges the index into one segment. Worth it after a rebuild from the graph: every query then
   * looks each term up once instead of once per segment. Takes seconds on a county's index.
   */
  public void compact() {
    try {
      writer.forceMerge(1);
      publish();
    } catch (IOException e) {
      throw new UncheckedIOException("compacting failed", e);
    }
  }

  int segments() {
    return withSearcher(searcher -> searcher.getIndexReader().leaves().size());
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
    return withSearcher(searcher -> run(searcher, clauses, query));
  }

  private static SearchResult run(IndexSearcher searcher, List<Clause> clauses, SearchQuery query)
      throws IOException {
    UnaryOperator<Query> rewrite = rewritesOnce(searcher);
    Query combined = QueryPlanner.combine(clauses, query.kinds(), rewrite);
    TopDocs top =
        searcher.search(
            combined, new TopScoreDocCollectorManager(query.limit(), null, COUNT_LIMIT));
    ScoreDoc[] docs = top.scoreDocs;
    List<StoredHit> values = HitValues.load(searcher, docs);
    List<List<String>> reasons = HitReasons.of(searcher, clauses, rewrite, docs, values);
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      StoredHit hit = values.get(i);
      hits.add(
          new SearchHit(
              EntityKind.valueOf(hit.get(IndexFields.KIND)),
              hit.get(IndexFields.KEY),
              hit.get(IndexFields.DISPLAY),
              docs[i].score,
              reasons.get(i)));
    }
    TotalHits total = top.totalHits;
    boolean exact = total.relation() == TotalHits.Relation.EQUAL_TO;
    return new SearchResult(hits, total.value(), !exact || total.value() > hits.size());
  }

  /** Rewrites each query once per search, however often it is asked for. */
  private static UnaryOperator<Query> rewritesOnce(IndexSearcher searcher) {
    Map<Query, Query> done = new IdentityHashMap<>();
    return query ->
        done.computeIfAbsent(
            query,
            q -> {
              try {
                return searcher.rewrite(q);
              } catch (IOException e) {
                throw new UncheckedIOException("rewriting " + q + " failed", e);
              }
            });
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

  private static Iterable<Map.Entry<String, String>> commitData(boolean complete) {
    return Map.of(SCHEMA_KEY, SCHEMA, COMPLETE_KEY, Boolean.toString(complete)).entrySet();
  }

  private static String committed(IndexWriter writer, String key) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (entry.getKey().equals(key)) {
          return entry.getValue();
        }
      }
    }
    return "";
  }

  @FunctionalInterface
  private interface SearcherCall<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
