package org.riskgraph.analysis.hotspot;

/** Which Gi* p-value the FDR step and the hot/cold classes are computed from. */
public enum PValueSource {
  /** Two-sided conditional-permutation pseudo p-value (default). */
  PERMUTATION,
  /** Two-sided p-value of the Gi* z under the normal approximation. */
  NORMAL
}
