package org.riskgraph.analysis.groups;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.riskgraph.graph.entity.EntityRef;

/**
 * Two members tied together: per kind of tie, how many things they share (incidents, disputes,
 * phones, co-travelling vehicle pairs; 1 for KNOWS), and some of those things.
 */
public record GroupLink(
    EntityRef a, EntityRef b, Map<GroupTie, Integer> shared, List<EntityRef> via) {

  public GroupLink {
    shared = Map.copyOf(new EnumMap<>(shared));
    via = List.copyOf(via);
  }
}
