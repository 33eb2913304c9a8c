package org.riskgraph.analysis.links;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.store.GraphStore;

/**
 * Reads the projection from the store: one streaming read transaction, one query per relationship
 * type and shape of the chain types (never the sightings), times computed by the server as epoch
 * seconds.
 */
public final class StoreProjection {

  private final GraphStore store;
  private final Duration timeout;

  public StoreProjection(GraphStore store, Duration timeout) {
    this.store = store;
    this.timeout = timeout;
  }

  public LinkGraph read() {
    Instant asOf = Instant.now();
    Map<String, Object> params = Map.of("day", LocalDate.now(Fields.CHINA));
    return store.read(
        timeout,
        tx -> {
          LinkGraphBuilder builder = new LinkGraphBuilder();
          for (LinkType type : LinkType.values()) {
            if (!type.chain()) {
              continue;
            }
            for (Shape shape : type.shapes()) {
              Result rows = tx.run(query(type, shape), params);
              while (rows.hasNext()) {
                org.neo4j.driver.Record row = rows.next();
                Value q = row.get("q");
                builder.add(
                    type,
                    shape.from(),
                    row.get("a").asString(),
                    shape.to(),
                    row.get("b").asString(),
                    row.get("s").isNull() ? LinkGraph.OPEN_START : row.get("s").asLong(),
                    row.get("e").isNull() ? LinkGraph.OPEN_END : row.get("e").asLong(),
                    q.isNull() ? null : q.asString());
              }
            }
          }
          return builder.build(asOf);
        });
  }

  static String query(LinkType type, Shape shape) {
    return "MATCH "
        + shape.pattern(type)
        + " WHERE "
        + shape.conditionOrTrue()
        + " RETURN a."
        + shape.from().keyProperty()
        + " AS a, b."
        + shape.to().keyProperty()
        + " AS b, "
        + shape.qualifierExpression()
        + " AS q, ("
        + shape.start()
        + ").epochSeconds AS s, ("
        + shape.end()
        + ").epochSeconds AS e";
  }
}
