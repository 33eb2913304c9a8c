package org.riskgraph.graph.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.riskgraph.graph.store.GraphStore;

/** Counts from the store's count store, in one call: cheap at any size. */
public final class StatsRepository {

  private static final String COUNTS =
      "CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data";

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
}
