package org.riskgraph.analysis.forecast;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * A predictive distribution for a count: negative binomial with mean μ and size r (Var = μ + μ² /
 * r), or Poisson when r is infinite. The probabilities come from a recursion in log space (no
 * underflow for large means), upper tails from the regularized incomplete beta and gamma functions
 * of Commons Math, so that small tail probabilities keep their digits.
 */
public record CountDistribution(double mean, double size) {

  public CountDistribution {
    if (!(mean >= 0) || Double.isInfinite(mean)) {
      throw new IllegalArgumentException("mean must be a number ≥ 0: " + mean);
    }
    if (!(size > 0)) {
      throw new IllegalArgumentException("size must be more than 0: " + size);
    }
  }

  public static CountDistribution poisson(double mean) {
    return new CountDistribution(mean, Double.POSITIVE_INFINITY);
  }

  public static CountDistribution negativeBinomial(double mean, double size) {
    return new CountDistribution(mean, size);
  }

  public boolean isPoisson() {
    return Double.isInfinite(size);
  }

  public double variance() {
    return isPoisson() ? mean : mean + mean * mean / size;
  }

  /** log P(Y = y). */
  public double logProbability(int y) {
    if (y < 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (mean == 0) {
      return y == 0 ? 0 : Double.NEGATIVE_INFINITY;
    }
    if (isPoisson()) {
      return y * Math.log(mean) - mean - Gamma.logGamma(y + 1.0);
    }
    return Gamma.logGamma(y + size)
        - Gamma.logGamma(size)
        - Gamma.logGamma(y + 1.0)
        - size * Math.log1p(mean / size)
        + (y == 0 ? 0 : y * (Math.log(mean) - Math.log(mean + size)));
  }

  /**
   * P(Y ≤ k) for k = 0..upTo, by the recursion p(k+1) = p(k) · (k + r) / (k + 1) · μ / (μ + r)
   * (Poisson: p(k) · μ / (k + 1)) in log space.
   */
  public double[] cumulative(int upTo) {
    double[] out = new double[upTo + 1];
    if (mean == 0) {
      java.util.Arrays.fill(out, 1);
      return out;
    }
    double logP = logProbability(0);
    double logRatio = isPoisson() ? Math.log(mean) : Math.log(mean) - Math.log(mean + size);
    double sum = 0;
    for (int k = 0; k <= upTo; k++) {
      sum += Math.exp(logP);
      out[k] = Math.min(1, sum);
      logP += logRatio + (isPoisson() ? -Math.log(k + 1.0) : Math.log((k + size) / (k + 1.0)));
    }
    return out;
  }

  /** P(Y ≤ k). */
  public double cdf(int k) {
    if (k < 0) {
      return 0;
    }
    return 1 - upperTail(k);
  }

  /** P(Y > k), computed directly: I_{μ/(μ+r)}(k + 1, r), or P(k + 1, μ) for Poisson. */
  public double upperTail(int k) {
    if (k < 0) {
      return 1;
    }
    if (mean == 0) {
      return 0;
    }
    if (isPoisson()) {
      return Gamma.regularizedGammaP(k + 1.0, mean);
    }
    return Beta.regularizedBeta(mean / (mean + size), k + 1.0, size);
  }

  /** The smallest k with P(Y ≤ k) ≥ p, for 0 < p < 1. */
  public int quantile(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("probability must lie strictly within 0..1: " + p);
    }
    if (mean == 0) {
      return 0;
    }
    int k = 0;
    double logP = logProbability(0);
    double logRatio = isPoisson() ? Math.log(mean) : Math.log(mean) - Math.log(mean + size);
    double sum = Math.exp(logP);
    while (sum < p) {
      logP += logRatio + (isPoisson() ? -Math.log(k + 1.0) : Math.log((k + size) / (k + 1.0)));
      k++;
      sum += Math.exp(logP);
    }
    return k;
  }
}
