package org.riskgraph.analysis.forecast;

import org.apache.commons.math3.special.Gamma;

/**
 * Differences f(r + y) − f(r) of lgamma, digamma and trigamma for a count y, summed term by term
 * for small y (exact, and free of the cancellation that the difference of two large values suffers
 * when the size r is large), from Commons Math's special functions otherwise.
 */
final class Rising {

  private static final int DIRECT = 64;

  private Rising() {}

  /** lgamma(r + y) − lgamma(r) = Σ_{j<y} log(r + j); {@code lgammaR} = lgamma(r). */
  static double logGammaDifference(double r, int y, double lgammaR) {
    if (y > DIRECT) {
      return Gamma.logGamma(r + y) - lgammaR;
    }
    double sum = 0;
    for (int j = 0; j < y; j++) {
      sum += Math.log(r + j);
    }
    return sum;
  }

  /** digamma(r + y) − digamma(r) = Σ_{j<y} 1 / (r + j). */
  static double digammaDifference(double r, int y, double digammaR) {
    if (y > DIRECT) {
      return Gamma.digamma(r + y) - digammaR;
    }
    double sum = 0;
    for (int j = 0; j < y; j++) {
      sum += 1 / (r + j);
    }
    return sum;
  }

  /** trigamma(r + y) − trigamma(r) = −Σ_{j<y} 1 / (r + j)². */
  static double trigammaDifference(double r, int y, double trigammaR) {
    if (y > DIRECT) {
      return Gamma.trigamma(r + y) - trigammaR;
    }
    double sum = 0;
    for (int j = 0; j < y; j++) {
      double v = r + j;
      sum -= 1 / (v * v);
    }
    return sum;
  }
}
