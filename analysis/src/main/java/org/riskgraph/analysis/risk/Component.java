package org.riskgraph.analysis.risk;

import java.util.Objects;

/**
 * One indicator's part in a score: its raw value, the value on the 0..1 scale, its weight and its
 * contribution = 100 · weight · normalised. The contributions of a score add up to the score.
 */
public record Component(
    Indicator indicator, double raw, double normalised, double weight, double contribution) {

  public Component {
    Objects.requireNonNull(indicator, "indicator");
  }
}
