package org.riskgraph.analysis.forecast;

/**
 * One unit's one-step-ahead forecast: the predictive mean split into its three components (endemic,
 * the unit's own last count, its neighbours' last counts) and the predictive distribution.
 */
public record UnitForecast(
    int unit,
    double endemic,
    double autoregressive,
    double neighbours,
    CountDistribution distribution) {

  public double mean() {
    return distribution.mean();
  }
}
