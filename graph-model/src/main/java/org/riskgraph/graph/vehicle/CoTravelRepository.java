package org.riskgraph.graph.vehicle;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riskgraph.graph.store.GraphStore;

/**
 * Writes derived co-travel as {@code (a:Vehicle)-[:TRAVELS_WITH {count, checkpoints, firstAt,
 * lastAt, derived: true}]->(b:Vehicle)}, one relationship per unordered pair, from the smaller
 * plate to the larger, by MERGE: a re-run updates and never duplicates. The graph then holds
 * exactly the last run's pairs: derived co-travel that this run did not confirm is removed. Each
 * relationship carries the rule it was derived under (window, minimum checkpoints, period).
 */
public final class CoTravelRepository {

  public static final String SOURCE = "derived:co-travel";
  private static final int BATCH = 5_000;

  static final String MERGE =
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

  static final String REMOVE_STALE =
      """
      MATCH (:Vehicle)-[r:TRAVELS_WITH]->(:Vehicle)
      WHERE r.derived = true AND r.ingestedAt <> $stamp
      DELETE r
      RETURN count(*) AS removed
      """;

  private final GraphStore store;
  private final Duration timeout;

  public CoTravelRepository(GraphStore store, Duration timeout) {
    this.store = store;
    this.timeout = timeout;
  }

  /** Two co-travelling vehicles, {@code plateA} before {@code plateB}. */
  public record Pair(
      String plateA,
      String plateB,
      int count,
      int checkpoints,
      OffsetDateTime firstAt,
      OffsetDateTime lastAt) {}

  /** The rule the pairs were derived under, kept on each relationship. */
  public record Rule(
      int windowSeconds,
      int minCheckpoints,
      Optional<OffsetDateTime> from,
      Optional<OffsetDateTime> to) {}

  /** What a write changed. */
  public record Written(int created, int updated, int removed) {}

  /**
   * Replaces the derived co-travel with these pairs.
   *
   * @param stamp {@code ingestedAt} of every relationship written; must differ from the last run's
   */
  public Written replaceAll(List<Pair> pairs, Rule rule, OffsetDateTime stamp) {
    Map<String, Object> params = new HashMap<>();
    params.put("source", SOURCE);
    params.put("stamp", stamp);
    params.put("window", rule.windowSeconds());
    params.put("minCheckpoints", rule.minCheckpoints());
    params.put("from", rule.from().orElse(null));
    params.put("to", rule.to().orElse(null));
    int created = 0;
    int written = 0;
    for (int i = 0; i < pairs.size(); i += BATCH) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Pair pair : pairs.subList(i, Math.min(pairs.size(), i + BATCH))) {
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
