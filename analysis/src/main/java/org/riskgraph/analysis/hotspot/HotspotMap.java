package org.riskgraph.analysis.hotspot;

import java.util.List;
import java.util.Objects;

/** The answer for one period: every analysed village, the excluded ones, global Moran, method. */
public record HotspotMap(
    List<VillageHotspot> villages,
    List<ExcludedArea> excluded,
    GlobalMoran globalMoranI,
    HotspotMethod method) {

  public HotspotMap {
    villages = List.copyOf(villages);
    excluded = List.copyOf(excluded);
    Objects.requireNonNull(globalMoranI, "globalMoranI");
    Objects.requireNonNull(method, "method");
  }

  /** Villages whose class is hot at FDR level {@code alpha} (0.01, 0.05 or 0.10). */
  public List<VillageHotspot> hotAt(double alpha) {
    return villages.stream().filter(v -> v.hotspotClass().isHotAt(alpha)).toList();
  }
}
