package org.riskgraph.analysis.forecast;

/**
 * Logarithmic, ranked probability and Dawid–Sebastiani scores averaged over units (lower is
 * better).
 */
public record MeanScores(double logarithmic, double rankedProbability, double dawidSebastiani) {}
