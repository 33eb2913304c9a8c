package org.riskgraph.analysis.risk;

import java.util.Objects;

/**
 * One part of an outlook score: its raw value (expected incidents; a probability; the composite
 * score), its value on 0..1, its weight and its contribution = 100 · weight · normalised.
 */
public record OutlookComponent(
    OutlookPart part, double raw, double normalised, double weight, double contribution) {

  public OutlookComponent {
    Objects.requireNonNull(part, "part");
  }
}
