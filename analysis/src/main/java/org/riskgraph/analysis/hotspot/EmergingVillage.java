package org.riskgraph.analysis.hotspot;

import java.util.List;
import java.util.Objects;

/**
 * One village's space-time pattern: its category, the Mann–Kendall trend of its monthly Gi* z
 * series, and the monthly Gi* z-scores and classes, oldest month first.
 */
public record EmergingVillage(
    String code,
    String name,
    EmergingCategory category,
    MannKendallTrend trend,
    List<Double> monthlyZ,
    List<HotspotClass> monthlyClasses) {

  public EmergingVillage {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(trend, "trend");
    monthlyZ = List.copyOf(monthlyZ);
    monthlyClasses = List.copyOf(monthlyClasses);
  }
}
