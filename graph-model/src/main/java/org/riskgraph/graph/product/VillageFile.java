package org.riskgraph.graph.product;

import java.util.List;
import org.riskgraph.graph.dispute.OpenDispute;
import org.riskgraph.graph.village.VillageSummary;

/** What the store holds about a village for its brief: the village and its disputes still open. */
public record VillageFile(VillageSummary village, List<OpenDispute> openDisputes) {

  public VillageFile {
    openDisputes = List.copyOf(openDisputes);
  }
}
