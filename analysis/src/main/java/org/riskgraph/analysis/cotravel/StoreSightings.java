package org.riskgraph.analysis.cotravel;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Result;
import org.riskgraph.graph.store.GraphStore;

/**
 * The sightings in the store, read one checkpoint at a time (one short read transaction each,
 * started from the checkpoint so only its own {@code SEEN_AT} relationships are touched), times as
 * epoch seconds computed by the server.
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
      RETURN plate, at ORDER BY at, plate
      """;

  private final GraphStore store;
  private final CoTravelRule rule;
  private final Duration timeout;

  public StoreSightings(GraphStore store, CoTravelRule rule, Duration timeout) {
    this.store = store;
    this.rule = rule;
    this.timeout = timeout;
  }

  @Override
  public void forEachCheckpoint(CheckpointReads reads) {
    List<String> codes =
        store.read(timeout, tx -> tx.run(CHECKPOINTS).list(r -> r.get("code").asString()));
    Map<String, Object> params = new HashMap<>();
    params.put("from", rule.from().orElse(null));
    params.put("to", rule.to().orElse(null));
    for (String code : codes) {
      params.put("code", code);
      Batch batch = store.read(timeout, tx -> Batch.of(tx.run(READS, params)));
      reads.accept(code, batch.plates, batch.seconds, batch.size);
    }
  }

  private static final class Batch {
    private String[] plates = new String[1024];
    private long[] seconds = new long[1024];
    private int size;

    static Batch of(Result result) {
      Batch batch = new Batch();
      while (result.hasNext()) {
        org.neo4j.driver.Record row = result.next();
        batch.add(row.get("plate").asString(), row.get("at").asLong());
      }
      return batch;
    }

    private void add(String plate, long second) {
      if (size == plates.length) {
        plates = Arrays.copyOf(plates, size * 2);
        seconds = Arrays.copyOf(seconds, size * 2);
      }
      plates[size] = plate;
      seconds[size++] = second;
    }
  }
}
