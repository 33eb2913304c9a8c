package org.riskgraph.analysis.reports;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * The ratio of two Poisson rates, {@code (count / exposure) / (reference / referenceExposure)},
 * with an exact conditional 95% interval: given n = count + reference, the count is binomial with p
 * = θE₁ / (θE₁ + E₂); the Clopper–Pearson interval of p (Commons Math {@link BetaDistribution}
 * quantiles) is carried over to θ = p / (1 − p) · E₂ / E₁. No continuity rule is needed for zero
 * counts: with count 0 the lower limit is 0, with reference 0 the estimate and the upper limit are
 * unbounded (null), and with no events at all nothing is known (all three null).
 *
 * <p>Significant means the interval excludes 1. docs/reports.md gives the hand and published
 * examples the tests check.
 *
 * @param estimate the ratio, or null when the reference is 0 (unbounded or undefined)
 * @param lower the lower 95% limit, or null when there are no events
 * @param upper the upper 95% limit, or null when it is unbounded
 */
public record RateRatio(
    long count,
    double exposure,
    long reference,
    double referenceExposure,
    Double estimate,
    Double lower,
    Double upper,
    boolean significant) {

  static final double ALPHA = 0.05;

  /** Two counts over equal exposures (two days, two weeks). */
  public static RateRatio of(long count, long reference) {
    return of(count, 1, reference, 1);
  }

  public static RateRatio of(
      long count, double exposure, long reference, double referenceExposure) {
    if (count < 0 || reference < 0) {
      throw new IllegalArgumentException("counts must be 0 or more: " + count + ", " + reference);
    }
    if (!(exposure > 0) || !(referenceExposure > 0)) {
      throw new IllegalArgumentException(
          "exposures must be positive: " + exposure + ", " + referenceExposure);
    }
    long n = count + reference;
    if (n == 0) {
      return new RateRatio(count, exposure, reference, referenceExposure, null, null, null, false);
    }
    double scale = referenceExposure / exposure;
    Double estimate = reference == 0 ? null : (double) count / reference * scale;
    double pLow = count == 0 ? 0 : quantile(ALPHA / 2, count, reference + 1);
    double pHigh = reference == 0 ? 1 : quantile(1 - ALPHA / 2, count + 1, reference);
    double lower = pLow / (1 - pLow) * scale;
    Double upper = reference == 0 ? null : pHigh / (1 - pHigh) * scale;
    boolean significant = lower > 1 || (upper != null && upper < 1);
    return new RateRatio(
        count, exposure, reference, referenceExposure, estimate, lower, upper, significant);
  }

  /** Whether the rate is significantly higher (+1), lower (−1) or neither (0). */
  public int direction() {
    if (!significant) {
      return 0;
    }
    return lower != null && lower > 1 ? 1 : -1;
  }

  private static double quantile(double p, double alpha, double beta) {
    return new BetaDistribution(null, alpha, beta, 1e-12).inverseCumulativeProbability(p);
  }
}
