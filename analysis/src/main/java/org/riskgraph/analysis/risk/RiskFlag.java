package org.riskgraph.analysis.risk;

/** Why a score deserves less trust than its number suggests. */
public enum RiskFlag {
  /**
   * Fewer residents than {@link RiskSettings#smallPopulation()}: one event moves the rates a lot.
   */
  SMALL_POPULATION,
  /** No residents: the rates are undefined and count as 0. */
  NO_RESIDENTS,
  /** The baseline rests on fewer than 12 months of data (the data start too recently). */
  SHORT_HISTORY,
  /** Fewer than 3 months of data before this one: no baseline, so no surprise. */
  NO_BASELINE,
  /** Two or more of the baseline months have no incident and no dispute at all (a gap?). */
  MISSING_MONTHS,
  /** The 5th–95th percentile rank interval under varied weights spans more than 10% of ranks. */
  UNSTABLE_RANK
}
