package org.riskgraph.analysis.cotravel;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.riskgraph.graph.store.GraphStore;

/**
 * Writes a derivation as {@code (a:Vehicle)-[:TRAVELS_WITH {count, checkpoints, firstAt, lastAt,
 * derived: true}]->(b:Vehicle)}, one relationship per unordered pair, from the smaller plate to the
 * larger, by MERGE: a re-run updates and never duplicates. The graph then holds exactly the last
 * run's pairs: derived co-travel that this run did not confirm is removed. Each relationship
 * carries the rule it was derived under (window, minimum checkpoints, period).
 */
public final class CoTravelWriter {

  public static final String SOURCE = "derived:co-travel";
  private static final int BATCH = 5_000;

  private static final String MERGE =
      """
      UNWIND $pairs AS p
      MATCH (a:Vehicle {plate: p.a})
      MATCH (b:Vehicle {plate: p.b})
      OPTIONAL MATCH (a)-[old:TRAVELS_WITH]->(b)
      WITH a, b, p, count(old) = 0 AS fresh
      MERGE (a)-[r:TRAVELS_WITH]->(b)
      SET r.count = p.count, r.checkpoints = p.checkpoints,
          r.firstAt = p.firstAt, r.lastAt = p.lastAt,
          r.derived = true, r.source = $source, r.ingestedAt = $stamp,
          r.windowSeconds = $window, r.minCheckpoints = $minCheckpoints,
          r.periodFrom = $from, r.periodTo = $to
      RETURN sum(CASE WHEN fresh THEN 1 ELSE 0 END) AS created, count(*) AS written
      """;

  private static final String REMOVE_STALE =
      """
      MATCH (:Vehicle)-[r:TRAVELS_WITH]->(:Vehicle)
      WHERE r.derived = true AND r.ingestedAt <> $stamp
      DELETE r
      RETURN count(*) AS removed
      """;

  private final GraphStore store;
  private final Duration timeout;

  public CoTravelWriter(GraphStore store, Duration timeout) {
    this.store = store;
    this.timeout = timeout;
  }

  /** What a write changed. */
  public record Written(int created, int updated, int removed) {}

  /**
   * @param stamp {@code ingestedAt} of every relationship written; must differ from the last run's
   */
  public Written write(CoTravel result, OffsetDateTime stamp) {
    Map<String, Object> params = new HashMap<>();
    params.put("source", SOURCE);
    params.put("stamp", stamp);
    params.put("window", result.rule().windowSeconds());
    params.put("minCheckpoints", result.rule().minCheckpoints());
    params.put("from", result.rule().from().orElse(null));
    params.put("to", result.rule().to().orElse(null));
    int created = 0;
    int written = 0;
    List<CoTravelPair> pairs = result.pairs();
    for (int i = 0; i < pairs.size(); i += BATCH) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (CoTravelPair pair : pairs.subList(i, Math.min(pairs.size(), i + BATCH))) {
        rows.add(
            Map.of(
                "a", pair.plateA(),
                "b", pair.plateB(),
                "count", pair.count(),
                "checkpoints", pair.checkpoints(),
                "firstAt", pair.firstAt(),
                "lastAt", pair.lastAt()));
      }
      Map<String, Object> batch = new HashMap<>(params);
      batch.put("pairs", rows);
      int[] counts =
          store.write(
              timeout,
              tx -> {
                var row = tx.run(MERGE, batch).single();
                return new int[] {row.get("created").asInt(), row.get("written").asInt()};
              });
      created += counts[0];
      written += counts[1];
    }
    int removed =
        store.write(
            timeout,
            tx -> tx.run(REMOVE_STALE, Map.of("stamp", stamp)).single().get("removed").asInt());
    return new Written(created, written - created, removed);
  }
}
