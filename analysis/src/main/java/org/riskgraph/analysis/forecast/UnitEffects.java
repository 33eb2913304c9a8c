package org.riskgraph.analysis.forecast;

/** How the endemic level differs between units beyond their population share. */
public enum UnitEffects {
  /** One intercept α for all units (R: {@code ~1}). */
  NONE,
  /** One free intercept α(i) per unit (R: {@code fe(1, unitSpecific = TRUE)}). */
  FIXED
}
