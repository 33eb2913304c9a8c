package org.riskgraph.analysis.risk;

import java.util.HashMap;
import java.util.Map;
import org.riskgraph.analysis.hotspot.AreaMap;
import org.riskgraph.analysis.hotspot.HotspotAnalysis;
import org.riskgraph.analysis.hotspot.HotspotMap;
import org.riskgraph.analysis.hotspot.HotspotSettings;
import org.riskgraph.analysis.hotspot.VillageHotspot;

/**
 * Dispute hotspot membership: the Gi* z of each village from the hotspot engine (EB-smoothed rate,
 * adjacency weights, as docs/methods/hotspots.md), run on the disputes opened in the window of
 * months ending with the scored month. One month holds about two disputes per village, too few for
 * a steady map. Only z is used, which is analytical; the engine's permutations (kept at its minimum
 * of 99) do not affect it. Villages the engine excludes (no residents) get 0.
 */
final class HotspotIndicator {

  private HotspotIndicator() {}

  static double[][] gStarZ(RiskInputs inputs, int windowMonths, long seed) {
    int villages = inputs.villages().size();
    int months = inputs.monthCount();
    double[][] z = new double[villages][months];
    long inhabited = inputs.villages().stream().filter(v -> v.population() > 0).count();
    if (inhabited < 4) {
      return z;
    }
    AreaMap map = AreaMap.fromVillages(inputs.villages(), inputs.adjacency());
    HotspotAnalysis analysis =
        new HotspotAnalysis(HotspotSettings.defaults().withPermutations(99).withSeed(seed));
    Map<String, Integer> index = inputs.villageIndex();
    for (int t = 0; t < months; t++) {
      Map<String, Long> counts = new HashMap<>();
      for (int v = 0; v < villages; v++) {
        long sum = 0;
        for (int j = Math.max(0, t - windowMonths + 1); j <= t; j++) {
          sum += inputs.at(v, j).newDisputes();
        }
        counts.put(inputs.villages().get(v).code(), sum);
      }
      HotspotMap result = analysis.analyse(map, counts);
      for (VillageHotspot village : result.villages()) {
        double value = village.gStarZ();
        z[index.get(village.code())][t] = Double.isFinite(value) ? value : 0;
      }
    }
    return z;
  }
}
