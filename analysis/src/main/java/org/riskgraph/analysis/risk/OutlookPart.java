package org.riskgraph.analysis.risk;

/**
 * The three parts of the leaders' monthly outlook (docs/methods/risk.md, §8); {@link #key()} is the
 * name clients see.
 */
public enum OutlookPart {
  /** The forecast's expected incidents next month, on 1 − exp(−E / high). */
  EXPECTED_INCIDENTS("expectedIncidents", 0.6),
  /** The forecast's probability that next month exceeds the village's usual month. */
  UNUSUAL_MONTH("unusualMonth", 0.2),
  /** The month's composite score (the situation), on 0..1. */
  SITUATION("situation", 0.2);

  private final String key;
  private final double weight;

  OutlookPart(String key, double weight) {
    this.key = key;
    this.weight = weight;
  }

  public String key() {
    return key;
  }

  /** Its share of the outlook score; the three add up to 1. */
  public double weight() {
    return weight;
  }
}
