package org.riskgraph.analysis.forecast;

/**
 * A covariate of the endemic part that depends on the period only and is known in advance (a
 * calendar fact), so that it can enter a forecast: log ν[i,t] gains β_k · z_k(t).
 */
public interface TimeCovariate {

  /** The parameter's name after {@code end.}. */
  String name();

  /** z(t) for period t (0 = the panel's first period). */
  double value(int period);
}
