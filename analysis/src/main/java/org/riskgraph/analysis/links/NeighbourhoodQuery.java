package org.riskgraph.analysis.links;

import java.util.EnumSet;
import java.util.Set;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;

/**
 * "Who and what is around this entity?": its relationships of the given types within the window,
 * grouped by type and direction, at most {@code limit} listed per group; at depth 2 also the
 * relationships of the listed neighbours that are not hubs.
 */
public record NeighbourhoodQuery(
    EntityRef entity, int depth, Set<LinkType> types, int limit, TimeWindow window) {

  public static final int MAX_LIMIT = 200;
  public static final int DEFAULT_LIMIT = 50;

  public NeighbourhoodQuery {
    if (entity == null) {
      throw new InvalidFieldException("key", null, "is required");
    }
    if (depth < 1 || depth > 2) {
      throw new InvalidFieldException("depth", depth, "must be 1 or 2");
    }
    if (types == null || types.isEmpty()) {
      throw new InvalidFieldException("types", null, "names no relationship type");
    }
    types = Set.copyOf(EnumSet.copyOf(types));
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidFieldException("limit", limit, "must be 1.." + MAX_LIMIT);
    }
    window = window == null ? TimeWindow.ALL : window;
  }

  public static NeighbourhoodQuery of(EntityRef entity) {
    return new NeighbourhoodQuery(
        entity, 1, EnumSet.allOf(LinkType.class), DEFAULT_LIMIT, TimeWindow.ALL);
  }

  public NeighbourhoodQuery withDepth(int d) {
    return new NeighbourhoodQuery(entity, d, types, limit, window);
  }

  public NeighbourhoodQuery withLimit(int l) {
    return new NeighbourhoodQuery(entity, depth, types, l, window);
  }

  public NeighbourhoodQuery withTypes(Set<LinkType> t) {
    return new NeighbourhoodQuery(entity, depth, t, limit, window);
  }

  public NeighbourhoodQuery withWindow(TimeWindow w) {
    return new NeighbourhoodQuery(entity, depth, types, limit, w);
  }
}
