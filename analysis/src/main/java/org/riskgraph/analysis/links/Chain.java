package org.riskgraph.analysis.links;

import java.util.List;
import org.riskgraph.graph.entity.EntityRef;

/** A simple chain: its nodes from one end to the other, and the relationship behind each hop. */
public record Chain(List<EntityRef> nodes, List<ChainHop> hops) {

  public Chain {
    nodes = List.copyOf(nodes);
    hops = List.copyOf(hops);
    if (nodes.size() != hops.size() + 1) {
      throw new IllegalArgumentException("a chain of " + hops.size() + " hops has one more node");
    }
  }

  public int length() {
    return hops.size();
  }
}
