package org.riskgraph.analysis.cotravel;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.neo4j.driver.Value;
import org.riskgraph.graph.store.GraphStore;

/**
 * The sightings in the store, read one checkpoint at a time: one short read transaction each,
 * started from the checkpoint so only its own {@code SEEN_AT} relationships are touched, answering
 * with two lists (plates, epoch seconds) rather than a row per read, so two million reads cross
 * Bolt as a few hundred records. {@code readers} checkpoints are read at once, ahead of the
 * derivation, and handed over in code order.
 */
public final class StoreSightings implements SightingFeed {

  private static final String CHECKPOINTS =
      "MATCH (c:Checkpoint) RETURN c.code AS code ORDER BY code";

  private static final String READS =
      """
      MATCH (c:Checkpoint {code: $code})
      CALL (c) {
        MATCH (c)<-[s:SEEN_AT]-(v:Vehicle)
        WHERE ($from IS NULL OR s.at >= $from) AND ($to IS NULL OR s.at < $to)
        RETURN v.plate AS plate, s.at.epochSeconds AS at
      }
      WITH plate, at ORDER BY at, plate
      RETURN collect(plate) AS plates, collect(at) AS ats
      """;

  private final GraphStore store;
  private final CoTravelRule rule;
  private final Duration timeout;
  private final int readers;

  public StoreSightings(GraphStore store, CoTravelRule rule, Duration timeout, int readers) {
    if (readers < 1) {
      throw new IllegalArgumentException("readers must be positive: " + readers);
    }
    this.store = store;
    this.rule = rule;
    this.timeout = timeout;
    this.readers = readers;
  }

  public StoreSightings(GraphStore store, CoTravelRule rule, Duration timeout) {
    this(store, rule, timeout, 2);
  }

  @Override
  public void forEachCheckpoint(CheckpointReads reads) {
    List<String> codes =
        store.read(timeout, tx -> tx.run(CHECKPOINTS).list(r -> r.get("code").asString()));
    ExecutorService pool = Executors.newFixedThreadPool(readers);
    try {
      Deque<Future<Batch>> ahead = new ArrayDeque<>();
      int next = 0;
      while (next < codes.size() || !ahead.isEmpty()) {
        while (next < codes.size() && ahead.size() < readers * 2) {
          String code = codes.get(next++);
          ahead.add(pool.submit(() -> read(code)));
        }
        Batch batch = ahead.poll().get();
        reads.accept(batch.code, batch.plates, batch.seconds, batch.plates.length);
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

  private Batch read(String code) {
    Map<String, Object> params = new HashMap<>();
    params.put("code", code);
    params.put("from", rule.from().orElse(null));
    params.put("to", rule.to().orElse(null));
    return store.read(
        timeout,
        tx -> {
          var result = tx.run(READS, params);
          if (!result.hasNext()) {
            return new Batch(code, new String[0], new long[0]);
          }
          var row = result.next();
          Value plates = row.get("plates");
          Value ats = row.get("ats");
          String[] p = new String[plates.size()];
          long[] s = new long[ats.size()];
          for (int i = 0; i < p.length; i++) {
            p[i] = plates.get(i).asString();
            s[i] = ats.get(i).asLong();
          }
          return new Batch(code, p, s);
        });
  }

  private record Batch(String code, String[] plates, long[] seconds) {}
}
