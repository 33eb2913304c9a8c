package org.riskgraph.analysis.hotspot;

/**
 * Gi* class of an area, from the sign of its z and its Benjamini–Hochberg q-value (the FDR-adjusted
 * p-value the settings name): HOT_99 is z &gt; 0 and q ≤ 0.01, HOT_95 is z &gt; 0 and 0.01 &lt; q ≤
 * 0.05, HOT_90 is z &gt; 0 and 0.05 &lt; q ≤ 0.10, and the same for cold with z &lt; 0. "Hot at FDR
 * q = 0.05" therefore means HOT_99 or HOT_95.
 */
public enum HotspotClass {
  HOT_99,
  HOT_95,
  HOT_90,
  COLD_99,
  COLD_95,
  COLD_90,
  NOT_SIGNIFICANT;

  public static HotspotClass of(double z, double q) {
    if (z > 0) {
      return q <= 0.01 ? HOT_99 : q <= 0.05 ? HOT_95 : q <= 0.10 ? HOT_90 : NOT_SIGNIFICANT;
    }
    if (z < 0) {
      return q <= 0.01 ? COLD_99 : q <= 0.05 ? COLD_95 : q <= 0.10 ? COLD_90 : NOT_SIGNIFICANT;
    }
    return NOT_SIGNIFICANT;
  }

  public boolean isHot() {
    return this == HOT_99 || this == HOT_95 || this == HOT_90;
  }

  public boolean isCold() {
    return this == COLD_99 || this == COLD_95 || this == COLD_90;
  }

  /** Hot with q at or below {@code alpha}, for alpha one of 0.01, 0.05, 0.10. */
  public boolean isHotAt(double alpha) {
    return switch (this) {
      case HOT_99 -> alpha >= 0.01;
      case HOT_95 -> alpha >= 0.05;
      case HOT_90 -> alpha >= 0.10;
      default -> false;
    };
  }
}
