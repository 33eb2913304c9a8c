package org.riskgraph.analysis.hotspot;

import java.util.Objects;

/**
 * One analysed village: its measures, its Gi* z with normal and permutation p-values, the FDR
 * q-value of the p-value that drives the class, its class, and its local Moran's I on the rate per
 * 1,000 with analytical z, permutation p and quadrant. Rates are per 1,000 residents.
 */
public record VillageHotspot(
    String code,
    String name,
    long count,
    long population,
    double rate,
    double ebRate,
    double gStarZ,
    double pNormal,
    double pPermutation,
    double qFdr,
    HotspotClass hotspotClass,
    double localI,
    double localIZ,
    double localIP,
    Quadrant quadrant) {

  public VillageHotspot {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(hotspotClass, "hotspotClass");
    Objects.requireNonNull(quadrant, "quadrant");
  }
}
