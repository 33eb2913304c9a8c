package org.riskgraph.analysis.forecast;

/** The forecasts compared in the one-step-ahead evaluation. */
public enum Rival {
  /** The fitted endemic–epidemic model. */
  MODEL,
  /** Poisson with last period's count as its mean (at least {@link Naive#FLOOR}). */
  LAST_COUNT,
  /** Poisson with the unit's mean over the last 12 periods (fewer if fewer exist). */
  YEAR_MEAN
}
