package org.riskgraph.analysis.links;

import java.util.List;
import java.util.Map;
import org.riskgraph.graph.entity.EntityRef;

/** A chain with each node's display name and each hop's evidence from the store. */
public record EvidencedChain(
    List<EntityRef> nodes, Map<EntityRef, String> names, List<Evidence> hops) {

  public EvidencedChain {
    nodes = List.copyOf(nodes);
    names = Map.copyOf(names);
    hops = List.copyOf(hops);
  }

  public int length() {
    return hops.size();
  }
}
