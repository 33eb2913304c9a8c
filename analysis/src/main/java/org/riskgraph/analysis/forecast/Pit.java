package org.riskgraph.analysis.forecast;

import java.util.Arrays;
import java.util.List;

/**
 * The non-randomised PIT histogram for count forecasts (Czado, Gneiting &amp; Held 2009; R's {@code
 * surveillance::pit}): for each observation y with predictive cdf P, F(u | y) = 0 below P(y − 1),
 * (u − P(y − 1)) / (P(y) − P(y − 1)) between, 1 above; the histogram is J · (F̄(j/J) − F̄((j−1)/J))
 * with F̄ the mean over observations. A calibrated forecast gives 1 in every bin; a U shape means
 * intervals too narrow, a hump too wide.
 */
public final class Pit {

  private final int bins;
  private final double[] sum;
  private long observations;

  public Pit(int bins) {
    if (bins < 2) {
      throw new IllegalArgumentException("need at least 2 bins: " + bins);
    }
    this.bins = bins;
    this.sum = new double[bins + 1];
  }

  /** Adds one observation y with its forecast. */
  public void add(CountDistribution forecast, int y) {
    double upper = forecast.cdf(y);
    double lower = forecast.cdf(y - 1);
    for (int j = 0; j <= bins; j++) {
      double u = (double) j / bins;
      double f;
      if (u <= lower) {
        f = 0;
      } else if (u >= upper) {
        f = 1;
      } else {
        f = (u - lower) / (upper - lower);
      }
      sum[j] += f;
    }
    observations++;
  }

  public long observations() {
    return observations;
  }

  /** The relative frequencies of the J bins (1 = calibrated). */
  public List<Double> histogram() {
    double[] out = new double[bins];
    for (int j = 0; j < bins; j++) {
      out[j] = observations == 0 ? Double.NaN : bins * (sum[j + 1] - sum[j]) / observations;
    }
    return Arrays.stream(out).boxed().toList();
  }
}
