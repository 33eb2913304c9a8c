package org.riskgraph.analysis.hotspot;

/** Where the inputs of a hotspot analysis come from: the graph, or records held in memory. */
@FunctionalInterface
public interface HotspotSource {

  /** Events of the selection counted per village and month, with the map. */
  HotspotInputs hotspotInputs(EventSelection selection);
}
