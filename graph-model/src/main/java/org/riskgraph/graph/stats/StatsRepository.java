package org.riskgraph.graph.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.riskgraph.graph.store.GraphStore;

/** Counts from the store's count store: cheap at any size. */
public final class StatsRepository {

  private final GraphStore store;

  public StatsRepository(GraphStore store) {
    this.store = store;
  }

  public GraphStats stats() {
    return store.read(
        tx -> {
          List<String> labels =
              tx.run("CALL db.labels() YIELD label RETURN label").list(r -> r.get(0).asString());
          List<String> types =
              tx.run("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType")
                  .list(r -> r.get(0).asString());
          Map<String, Long> nodes = new HashMap<>();
          for (String label : labels) {
            long n =
                tx.run("MATCH (n:" + quote(label) + ") RETURN count(n) AS n")
                    .single()
                    .get(0)
                    .asLong();
            if (n > 0) {
              nodes.put(label, n);
            }
          }
          Map<String, Long> relationships = new HashMap<>();
          for (String type : types) {
            long n =
                tx.run("MATCH ()-[r:" + quote(type) + "]->() RETURN count(r) AS n")
                    .single()
                    .get(0)
                    .asLong();
            if (n > 0) {
              relationships.put(type, n);
            }
          }
          return new GraphStats(nodes, relationships);
        });
  }

  /** Labels come from the store itself; quoting keeps any odd one from breaking the query. */
  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
