package org.riskgraph.analysis.risk;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * Upper-tail probabilities P(X ≥ x) of count distributions, computed from the regularized
 * incomplete gamma and beta functions of Commons Math rather than as 1 − cdf, so that tiny p-values
 * keep their digits.
 */
final class UpperTail {

  /** −log10 p is reported up to this value (p below 10⁻¹⁰ is "at least that surprising"). */
  static final double MAX_SURPRISE = 10;

  private UpperTail() {}

  /** P(X ≥ x) for X ~ Poisson(mean): the regularized lower incomplete gamma P(x, mean). */
  static double poisson(int x, double mean) {
    if (x <= 0) {
      return 1;
    }
    if (!(mean > 0)) {
      return 0;
    }
    return Gamma.regularizedGammaP(x, mean);
  }

  /**
   * P(X ≥ x) for a negative binomial with the given mean and dispersion α (variance mean + α ·
   * mean²), i.e. size r = 1/α and success probability r / (r + mean): I_{mean/(mean+r)}(x, r).
   */
  static double negativeBinomial(int x, double mean, double alpha) {
    if (!(alpha > 0)) {
      return poisson(x, mean);
    }
    if (x <= 0) {
      return 1;
    }
    if (!(mean > 0)) {
      return 0;
    }
    double size = 1 / alpha;
    return Beta.regularizedBeta(mean / (mean + size), x, size);
  }

  /** −log10 p, capped at {@link #MAX_SURPRISE}. */
  static double surprise(double p) {
    if (!(p > 0)) {
      return MAX_SURPRISE;
    }
    return Math.min(MAX_SURPRISE, Math.max(0, -Math.log10(p)));
  }
}
