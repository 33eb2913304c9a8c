package org.riskgraph.analysis.hotspot;

/**
 * Global Empirical-Bayes smoothing of rates (Marshall 1991), the estimator of spdep's {@code
 * EBest}: with rᵢ = Oᵢ/Pᵢ, m = ΣO/ΣP, s² = Σ Pᵢ(rᵢ − m)²/ΣP and a = s² − m/(ΣP/n) (0 if negative),
 * EBᵢ = m + a/(a + m/Pᵢ) (rᵢ − m). It works on rates per person; scaling to per 1,000 happens
 * after, since the estimator is not scale-invariant (m/Pᵢ would change units against s²). Every Pᵢ
 * must be positive: areas without residents are excluded before this point.
 */
final class EmpiricalBayes {

  /** Prior mean m, weighted variance s², prior variance a, raw and smoothed rates per person. */
  record Estimate(double m, double s2, double a, double[] raw, double[] smoothed) {}

  private EmpiricalBayes() {}

  static Estimate estimate(long[] counts, long[] populations) {
    int n = counts.length;
    if (populations.length != n || n == 0) {
      throw new IllegalArgumentException("need one population per count and at least one area");
    }
    double totalCount = 0;
    double totalPopulation = 0;
    double[] raw = new double[n];
    for (int i = 0; i < n; i++) {
      if (populations[i] <= 0) {
        throw new IllegalArgumentException("population must be positive at index " + i);
      }
      raw[i] = (double) counts[i] / populations[i];
      totalCount += counts[i];
      totalPopulation += populations[i];
    }
    double m = totalCount / totalPopulation;
    double s2 = 0;
    for (int i = 0; i < n; i++) {
      s2 += populations[i] * (raw[i] - m) * (raw[i] - m);
    }
    s2 /= totalPopulation;
    double a = Math.max(0, s2 - m / (totalPopulation / n));
    double[] smoothed = new double[n];
    for (int i = 0; i < n; i++) {
      double denominator = a + m / populations[i];
      // m = 0 (no events anywhere) leaves every rate at 0
      smoothed[i] = denominator > 0 ? m + a / denominator * (raw[i] - m) : m;
    }
    return new Estimate(m, s2, a, raw, smoothed);
  }
}
