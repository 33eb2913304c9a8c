package org.riskgraph.api.search;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.riskgraph.analysis.search.GraphDocuments;
import org.riskgraph.analysis.search.SearchDocument;
import org.riskgraph.analysis.search.SearchIndex;
import org.riskgraph.api.importer.ImportCompleted;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.importer.ImportSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Keeps the search index in step with the graph. Every change to the index runs on one worker
 * thread, in the order asked: the start-up check (rebuild when the index is empty, was written by
 * another schema, or was left by an unfinished rebuild, while the graph holds data), rebuilds on
 * demand, and after each import the entities it stamped. Searches are never held up: during a
 * rebuild they answer from what is indexed so far, and say so.
 */
@Service
public class SearchIndexer implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

  private final SearchIndex index;
  private final GraphDocuments graph;
  private final Duration syncWait;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("search-indexer").factory());
  private final AtomicBoolean rebuildWaiting = new AtomicBoolean();
  private final AtomicBoolean startCheckWaiting = new AtomicBoolean();
  private volatile boolean rebuilding;
  private volatile boolean stopping;
  private volatile IndexStatus.Run lastRebuild;
  private volatile IndexStatus.Run lastSync;

  SearchIndexer(SearchIndex index, GraphDocuments graph, SearchProperties properties) {
    this.index = index;
    this.graph = graph;
    this.syncWait = properties.syncWait();
  }

  /** Before any start-up runner (the demo loader) imports, so that its import queues behind. */
  @EventListener(ApplicationStartedEvent.class)
  void checkOnStart() {
    startCheckWaiting.set(true);
    worker.execute(
        () -> {
          try {
            if (index.needsRebuild() && graph.count() > 0) {
              rebuild("start-up: the index was empty, outdated or left half-built");
            } else if (index.size() == 0 && graph.count() > 0) {
              rebuild("start-up: the index is empty and the graph is not");
            }
          } finally {
            startCheckWaiting.set(false);
          }
        });
  }

  /** Asks for a rebuild from the graph; one already waiting to run serves this request too. */
  public IndexStatus requestRebuild(String reason) {
    if (rebuildWaiting.compareAndSet(false, true)) {
      worker.execute(
          () -> {
            rebuildWaiting.set(false);
            rebuild(reason);
          });
    }
    return status();
  }

  /** Whether a rebuild is running or waiting: search results may then be incomplete. */
  public boolean rebuilding() {
    return rebuilding || rebuildWaiting.get() || (startCheckWaiting.get() && index.needsRebuild());
  }

  public IndexStatus status() {
    return new IndexStatus(rebuilding(), index.size(), lastRebuild, lastSync);
  }

  /**
   * Re-indexes what an import created or changed before the import answers (up to {@code
   * riskgraph.search.sync-wait}), so that what was just imported can be searched at once.
   */
  @EventListener
  void onImport(ImportCompleted event) {
    ImportSummary summary = event.summary();
    if (summary.ingestedAt() == null || summary.created() + summary.updated() == 0) {
      return;
    }
    Future<?> done = worker.submit(() -> sync(summary.ingestedAt()));
    try {
      done.get(syncWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      log.info(
          "The search index takes in the import of {} in the background", summary.ingestedAt());
    } catch (ExecutionException e) {
      log.error("The search index could not take in the import of {}", summary.ingestedAt(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void sync(OffsetDateTime ingestedAt) {
    OffsetDateTime started = now();
    try {
      GraphDocuments.Feed feed = graph.readChanged(ingestedAt, this::indexUnlessStopping);
      // a large import leaves many small segments; one segment answers faster
      if (feed.documents() > Math.max(10_000, index.size() / 4)) {
        index.compact();
      }
      lastSync = run("import " + ingestedAt, started, feed, 0, null);
      log.info(
          "Search index took in the import of {}: {} documents, {} skipped",
          ingestedAt,
          feed.documents(),
          feed.skipped());
    } catch (RuntimeException e) {
      lastSync = run("import " + ingestedAt, started, null, 0, e.toString());
      throw e;
    }
  }

  private void rebuild(String reason) {
    rebuilding = true;
    OffsetDateTime started = now();
    log.info("Search index rebuild from the graph begins ({})", reason);
    try {
      index.beginRebuild();
      Set<EntityRef> seen = new HashSet<>();
      GraphDocuments.Feed feed =
          graph.readAll(
              batch -> {
                indexUnlessStopping(batch);
                batch.forEach(d -> seen.add(new EntityRef(d.kind(), d.key())));
              });
      long removed = index.finishRebuild(seen::contains);
      lastRebuild = run(reason, started, feed, removed, null);
      log.info(
          "Search index rebuilt: {} documents, {} removed, {} skipped {} in {} s",
          feed.documents(),
          removed,
          feed.skipped(),
          feed.problems(),
          Duration.between(started, now()).toSeconds());
    } catch (CancellationException e) {
      log.info("Search index rebuild stopped by shutdown; it starts again at the next start");
    } catch (RuntimeException e) {
      lastRebuild = run(reason, started, null, 0, e.toString());
      log.error("Search index rebuild failed; searches answer from what was indexed", e);
    } finally {
      rebuilding = false;
    }
  }

  private void indexUnlessStopping(List<SearchDocument> batch) {
    if (stopping) {
      throw new CancellationException("shutting down");
    }
    index.index(batch);
  }

  private static IndexStatus.Run run(
      String reason, OffsetDateTime started, GraphDocuments.Feed feed, long removed, String error) {
    return new IndexStatus.Run(
        reason,
        started,
        now(),
        feed == null ? 0 : feed.documents(),
        removed,
        feed == null ? 0 : feed.skipped(),
        feed == null ? List.of() : feed.problems(),
        error);
  }

  private static OffsetDateTime now() {
    return Fields.inChina(OffsetDateTime.now());
  }

  /** Lets a running batch finish (never cut a write short), then stops; the index closes after. */
  @Override
  public void destroy() throws InterruptedException {
    stopping = true;
    worker.shutdown();
    if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
      log.warn("Search indexer did not stop within 30 s");
    }
  }
}
