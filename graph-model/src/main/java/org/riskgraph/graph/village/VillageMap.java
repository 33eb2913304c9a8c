package org.riskgraph.graph.village;

import java.util.List;

/**
 * The county's map as stored: townships and villages sorted by code, and each undirected adjacency
 * once, read in one transaction.
 */
public record VillageMap(
    List<Township> townships, List<Village> villages, List<Adjacency> adjacency) {

  public VillageMap {
    townships = List.copyOf(townships);
    villages = List.copyOf(villages);
    adjacency = List.copyOf(adjacency);
  }
}
