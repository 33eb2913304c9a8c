package org.riskgraph.graph.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.store.GraphStore;

/**
 * Counts from the store's count store, in one call: cheap at any size; and the span of time the
 * incidents and disputes cover.
 */
public final class StatsRepository {

  private static final String COUNTS =
      "CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data";

  private static final String SPAN =
      """
      CALL () { MATCH (i:Incident) RETURN min(i.reportedAt) AS a, max(i.reportedAt) AS b }
      CALL () { MATCH (d:Dispute) RETURN min(d.openedAt) AS c, max(d.openedAt) AS d }
      RETURN a, b, c, d
      """;

  private final GraphStore store;

  public StatsRepository(GraphStore store) {
    this.store = store;
  }

  public GraphStats stats() {
    Map<String, Object> data = store.read(tx -> tx.run(COUNTS).single().get(0).asMap());
    Map<String, Long> nodes = new HashMap<>();
    for (Object entry : (List<?>) data.get("nodes")) {
      Map<?, ?> row = (Map<?, ?>) entry;
      long count = ((Number) row.get("count")).longValue();
      if (row.get("label") != null && count > 0) {
        nodes.put(row.get("label").toString(), count);
      }
    }
    Map<String, Long> relationships = new HashMap<>();
    for (Object entry : (List<?>) data.get("relationships")) {
      Map<?, ?> row = (Map<?, ?>) entry;
      long count = ((Number) row.get("count")).longValue();
      // rows with a start or end label are breakdowns of the same relationships
      if (row.get("relationshipType") != null
          && row.get("startLabel") == null
          && row.get("endLabel") == null
          && count > 0) {
        relationships.put(row.get("relationshipType").toString(), count);
      }
    }
    return new GraphStats(nodes, relationships);
  }

  /** The first and last incident and dispute, in one query. */
  public EventSpan eventSpan() {
    return store.read(
        tx -> {
          var r = tx.run(SPAN).single();
          return new EventSpan(
              StoredValues.optionalTime(r.get("a")),
              StoredValues.optionalTime(r.get("b")),
              StoredValues.optionalTime(r.get("c")),
              StoredValues.optionalTime(r.get("d")));
        });
  }
}
