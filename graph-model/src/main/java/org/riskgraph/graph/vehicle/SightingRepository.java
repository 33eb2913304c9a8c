package org.riskgraph.graph.vehicle;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.riskgraph.graph.store.GraphStore;

/**
 * The sightings ({@code SEEN_AT}) in the store, read one checkpoint at a time: one short read
 * transaction each, started from the checkpoint so only its own relationships are touched,
 * answering with two lists (plates, epoch seconds) rather than a row per read, so two million reads
 * cross Bolt as a few hundred records.
 */
public final class SightingRepository {

  static final String CHECKPOINTS = "MATCH (c:Checkpoint) RETURN c.code AS code ORDER BY code";

  static final String READS =
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
  private final Duration timeout;

  public SightingRepository(GraphStore store, Duration timeout) {
    this.store = store;
    this.timeout = timeout;
  }

  /** Every checkpoint's code, in code order. */
  public List<String> checkpoints() {
    return store.read(timeout, tx -> tx.run(CHECKPOINTS).list(r -> r.get("code").asString()));
  }

  /**
   * The reads of a checkpoint from {@code from} (inclusive) to {@code to} (exclusive), in time
   * order, then plate order.
   */
  public CheckpointSightings read(
      String code, Optional<OffsetDateTime> from, Optional<OffsetDateTime> to) {
    Map<String, Object> params = new HashMap<>();
    params.put("code", code);
    params.put("from", from.orElse(null));
    params.put("to", to.orElse(null));
    return store.read(
        timeout,
        tx -> {
          var result = tx.run(READS, params);
          if (!result.hasNext()) {
            return new CheckpointSightings(code, new String[0], new long[0]);
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
          return new CheckpointSightings(code, p, s);
        });
  }
}
