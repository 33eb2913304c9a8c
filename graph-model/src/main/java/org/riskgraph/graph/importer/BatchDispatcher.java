package org.riskgraph.graph.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;
import org.riskgraph.graph.importer.Write.NodeWrite;
import org.riskgraph.graph.importer.Write.RelWrite;

/**
 * Writes batches, several at once where that cannot change the result: batches of one kind whose
 * records are all certainly new are independent of each other. Anything else waits until every
 * batch in flight is written, and so does every change of kind, because a record may refer to
 * anything on an earlier line.
 */
final class BatchDispatcher implements AutoCloseable {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(BatchDispatcher.class);

  private final NodeBatchWriter nodes;
  private final RelBatchWriter relationships;
  private final RunState run;
  private final BiConsumer<ImportKind, BatchOutcome> results;
  private final ExecutorService pool;
  private final Semaphore slots;
  private final List<Future<?>> inFlight = new ArrayList<>();
  private ImportKind lastKind;

  BatchDispatcher(
      NodeBatchWriter nodes,
      RelBatchWriter relationships,
      RunState run,
      int writers,
      BiConsumer<ImportKind, BatchOutcome> results) {
    this.nodes = nodes;
    this.relationships = relationships;
    this.run = run;
    this.results = results;
    this.pool =
        writers > 1
            ? Executors.newFixedThreadPool(
                writers, Thread.ofPlatform().name("import-writer-", 0).factory())
            : null;
    // at most two batches waiting per writer, so reading does not run far ahead of writing
    this.slots = new Semaphore(Math.max(1, writers) * 3);
  }

  void dispatch(ImportKind kind, List<Write> batch) {
    if (kind != lastKind) {
      drain();
      lastKind = kind;
    }
    if (pool != null && run.claimIfAllNew(batch)) {
      slots.acquireUninterruptibly();
      inFlight.add(
          pool.submit(
              () -> {
                try {
                  results.accept(kind, write(batch, true));
                } finally {
                  slots.release();
                }
              }));
      inFlight.removeIf(Future::isDone);
    } else {
      drain();
      results.accept(kind, write(batch, false));
    }
  }

  /** Waits until every batch in flight is written; rethrows what failed. */
  void drain() {
    for (Future<?> future : inFlight) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("import interrupted", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r
            ? r
            : new IllegalStateException(e.getCause());
      }
    }
    inFlight.clear();
  }

  private BatchOutcome write(List<Write> batch, boolean certainlyNew) {
    long started = System.nanoTime();
    BatchOutcome outcome = new BatchOutcome();
    Map<Object, List<Write>> bySpec = new LinkedHashMap<>();
    for (Write write : batch) {
      Object spec = write instanceof NodeWrite n ? n.spec() : ((RelWrite) write).spec();
      bySpec.computeIfAbsent(spec, s -> new ArrayList<>()).add(write);
    }
    for (Map.Entry<Object, List<Write>> group : bySpec.entrySet()) {
      if (group.getKey() instanceof NodeSpec spec) {
        outcome.add(
            nodes.write(
                spec, group.getValue().stream().map(NodeWrite.class::cast).toList(), certainlyNew));
      } else {
        outcome.add(
            relationships.write(
                (RelSpec) group.getKey(),
                group.getValue().stream().map(RelWrite.class::cast).toList(),
                certainlyNew));
      }
    }
    log.debug(
        "{} records of {} written in {} ms{}",
        batch.size(),
        lastKind,
        (System.nanoTime() - started) / 1_000_000,
        certainlyNew ? " (certainly new)" : "");
    return outcome;
  }

  @Override
  public void close() {
    try {
      drain();
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
