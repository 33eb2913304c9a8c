package org.riskgraph.analysis.hotspot;

/**
 * Global Moran's I with its moments under randomisation (Cliff &amp; Ord 1981): expectation −1/(n −
 * 1), variance, z = (I − E[I]) / √Var[I] and the two-sided normal p-value of z.
 */
public record GlobalMoran(double i, double expected, double variance, double z, double p) {}
