package org.riskgraph.analysis.hotspot;

import java.util.Objects;

/**
 * How emerging hotspots are computed: the number of months in the window (the latest ones given),
 * the per-month hotspot settings, and the significance level of the Mann–Kendall trend.
 */
public record EmergingSettings(int windowMonths, HotspotSettings hotspot, double trendAlpha) {

  public static final int DEFAULT_WINDOW = 12;
  public static final double DEFAULT_TREND_ALPHA = 0.05;

  public EmergingSettings {
    Objects.requireNonNull(hotspot, "hotspot");
    if (windowMonths < 3 || windowMonths > 120) {
      throw new IllegalArgumentException("window must be 3 to 120 months: " + windowMonths);
    }
    if (!(trendAlpha > 0 && trendAlpha < 1)) {
      throw new IllegalArgumentException("trend level must lie in (0, 1): " + trendAlpha);
    }
  }

  public static EmergingSettings defaults() {
    return new EmergingSettings(DEFAULT_WINDOW, HotspotSettings.defaults(), DEFAULT_TREND_ALPHA);
  }
}
