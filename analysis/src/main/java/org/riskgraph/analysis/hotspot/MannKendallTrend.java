package org.riskgraph.analysis.hotspot;

/**
 * A Mann–Kendall trend test result: S = Σ_{k&lt;j} sgn(xⱼ − xₖ), its variance with the tie
 * correction, the continuity-corrected Z and the two-sided normal p-value of Z.
 */
public record MannKendallTrend(int n, long s, double varianceS, double z, double p) {}
