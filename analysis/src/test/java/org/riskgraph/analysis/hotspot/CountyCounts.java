package org.riskgraph.analysis.hotspot;

import java.util.Map;

/** A map with one period's event counts per area: the input of one hotspot analysis. */
record CountyCounts(AreaMap map, Map<String, Long> counts) {

  CountyCounts {
    counts = Map.copyOf(counts);
  }
}
