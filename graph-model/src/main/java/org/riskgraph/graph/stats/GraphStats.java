package org.riskgraph.graph.stats;

import java.util.Map;

/** How many nodes of each label and relationships of each type the store holds. */
public record GraphStats(Map<String, Long> nodes, Map<String, Long> relationships) {

  public GraphStats {
    nodes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(nodes));
    relationships = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(relationships));
  }
}
