package org.riskgraph.analysis.risk;

/** Which count distribution the surprise of a month was computed under. */
public enum BaselineModel {
  /** Too few months of data before this one: no surprise is computed. */
  NONE,
  POISSON,
  /** Chosen when the Pearson dispersion test rejects the Poisson at the 1% level. */
  NEGATIVE_BINOMIAL
}
