package org.riskgraph.analysis.forecast;

/**
 * Proper scoring rules for a count forecast, negatively oriented (smaller is better), as in Czado,
 * Gneiting &amp; Held (2009) and R's {@code surveillance::scores}:
 *
 * <ul>
 *   <li>logarithmic score: −log P(Y = y);
 *   <li>ranked probability score: Σ_{k ≥ 0} (P(Y ≤ k) − 1{y ≤ k})², summed up to max(y, ⌈μ + 40σ⌉);
 *   <li>Dawid–Sebastiani score: (y − μ)² / σ² + log σ².
 * </ul>
 */
public final class Scores {

  /** The RPS sum runs to this many standard deviations above the mean (R: k = 40). */
  static final int RPS_SPREAD = 40;

  private Scores() {}

  public static double logarithmic(CountDistribution forecast, int y) {
    return -forecast.logProbability(y);
  }

  public static double rankedProbability(CountDistribution forecast, int y) {
    double sd = Math.sqrt(forecast.variance());
    int upTo = (int) Math.max(y, Math.ceil(forecast.mean() + RPS_SPREAD * sd));
    double[] cdf = forecast.cumulative(upTo);
    double sum = 0;
    for (int k = 0; k <= upTo; k++) {
      double step = k >= y ? 1 : 0;
      double gap = cdf[k] - step;
      sum += gap * gap;
    }
    return sum;
  }

  public static double dawidSebastiani(CountDistribution forecast, int y) {
    double variance = forecast.variance();
    double gap = y - forecast.mean();
    return gap * gap / variance + Math.log(variance);
  }
}
