package org.riskgraph.graph.snapshot;

import java.util.List;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Village;
import org.riskgraph.graph.village.VillageMonthCount;

/** Events of a selection per village and month, with the villages and their adjacency. */
public record EventCounts(
    List<Village> villages, List<Adjacency> adjacency, List<VillageMonthCount> counts) {

  public EventCounts {
    villages = List.copyOf(villages);
    adjacency = List.copyOf(adjacency);
    counts = List.copyOf(counts);
  }
}
