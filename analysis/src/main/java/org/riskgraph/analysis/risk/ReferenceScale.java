package org.riskgraph.analysis.risk;

import java.util.Objects;

/**
 * How a raw indicator value becomes 0..1: (raw − low) / (high − low), clipped. The two anchors are
 * fixed for a whole assessment — from the reference period or by definition — so a normalised value
 * means the same in every month, and it never falls when the raw value rises.
 *
 * @param source where the anchors come from, for the reader
 */
public record ReferenceScale(Indicator indicator, double low, double high, String source) {

  public ReferenceScale {
    Objects.requireNonNull(indicator, "indicator");
    if (!(high > low)) {
      throw new IllegalArgumentException(
          "scale of " + indicator.key() + " needs high > low: " + low + ", " + high);
    }
  }

  public double normalise(double raw) {
    double value = (raw - low) / (high - low);
    return Math.min(1, Math.max(0, value));
  }
}
