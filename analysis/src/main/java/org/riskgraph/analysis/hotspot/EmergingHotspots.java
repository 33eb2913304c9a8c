package org.riskgraph.analysis.hotspot;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The emerging-hotspot answer: the months of the window, every analysed village's pattern, the
 * villages left out (with their events summed over the window), and the method (per-month hotspot
 * method, window, trend level).
 */
public record EmergingHotspots(
    List<YearMonth> months,
    List<EmergingVillage> villages,
    List<ExcludedArea> excluded,
    HotspotMethod monthlyMethod,
    int windowMonths,
    double trendAlpha) {

  public EmergingHotspots {
    months = List.copyOf(months);
    villages = List.copyOf(villages);
    excluded = List.copyOf(excluded);
    Objects.requireNonNull(monthlyMethod, "monthlyMethod");
  }
}
