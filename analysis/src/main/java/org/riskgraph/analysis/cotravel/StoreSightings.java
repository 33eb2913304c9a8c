package org.riskgraph.analysis.cotravel;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.vehicle.CheckpointSightings;
import org.riskgraph.graph.vehicle.SightingRepository;

/**
 * The sightings in the store, read one checkpoint at a time ({@link SightingRepository}): {@code
 * readers} checkpoints are read at once, ahead of the derivation, and handed over in code order.
 */
public final class StoreSightings implements SightingFeed {

  private final SightingRepository sightings;
  private final CoTravelRule rule;
  private final int readers;

  public StoreSightings(GraphStore store, CoTravelRule rule, Duration timeout, int readers) {
    if (readers < 1) {
      throw new IllegalArgumentException("readers must be positive: " + readers);
    }
    this.sightings = new SightingRepository(store, timeout);
    this.rule = rule;
    this.readers = readers;
  }

  public StoreSightings(GraphStore store, CoTravelRule rule, Duration timeout) {
    this(store, rule, timeout, 2);
  }

  @Override
  public void forEachCheckpoint(CheckpointReads reads) {
    List<String> codes = sightings.checkpoints();
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    try {
      Deque<Future<CheckpointSightings>> ahead = new ArrayDeque<>();
      int next = 0;
      while (next < codes.size() || !ahead.isEmpty()) {
        while (next < codes.size() && ahead.size() < readers * 2) {
          String code = codes.get(next++);
          ahead.add(pool.submit(() -> sightings.read(code, rule.from(), rule.to())));
        }
        CheckpointSightings batch = ahead.poll().get();
        reads.accept(batch.checkpoint(), batch.plates(), batch.seconds(), batch.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading sightings", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
