package org.riskgraph.analysis.hotspot;

/** Which Gi* p-value the FDR step and the hot/cold classes are computed from. */
public enum PValueSource {
  /**
   * Two-sided conditional-permutation pseudo p-value. It cannot fall below 1/(R + 1), so with R
   * permutations and m villages a lone hot village can pass BH at level q only if 1/(R + 1) ≤ q/m:
   * use R ≥ 9,999 for a county of 89 villages.
   */
  PERMUTATION,
  /** Two-sided p-value of the Gi* z under the normal approximation (default, as in ArcGIS). */
  NORMAL
}
