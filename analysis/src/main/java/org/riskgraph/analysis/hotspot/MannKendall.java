package org.riskgraph.analysis.hotspot;

import java.util.Arrays;

/**
 * Mann–Kendall test for a monotonic trend (Mann 1945, Kendall 1975, as given by Gilbert 1987):
 * Var(S) = [n(n − 1)(2n + 5) − Σₜ t(t − 1)(2t + 5)] / 18 over groups of t tied values, Z = (S −
 * 1)/√Var for S &gt; 0, (S + 1)/√Var for S &lt; 0, 0 otherwise, and p = 2(1 − Φ(|Z|)).
 */
public final class MannKendall {

  private MannKendall() {}

  public static MannKendallTrend test(double[] series) {
    int n = series.length;
    if (n < 3) {
      throw new IllegalArgumentException("Mann-Kendall needs at least 3 values, got " + n);
    }
    long s = 0;
    for (int k = 0; k < n - 1; k++) {
      if (Double.isNaN(series[k])) {
        throw new IllegalArgumentException("series has no value at position " + k);
      }
      for (int j = k + 1; j < n; j++) {
        s += series[j] > series[k] ? 1 : series[j] < series[k] ? -1 : 0;
      }
    }
    double[] sorted = series.clone();
    Arrays.sort(sorted);
    double ties = 0;
    int run = 1;
    for (int t = 1; t <= n; t++) {
      if (t < n && sorted[t] == sorted[t - 1]) {
        run++;
      } else {
        ties += (double) run * (run - 1) * (2 * run + 5);
        run = 1;
      }
    }
    double variance = ((double) n * (n - 1) * (2 * n + 5) - ties) / 18.0;
    double z;
    if (variance <= 0 || s == 0) {
      z = 0;
    } else {
      z = (s > 0 ? s - 1 : s + 1) / Math.sqrt(variance);
    }
    return new MannKendallTrend(n, s, variance, z, GetisOrdGiStar.twoSided(z));
  }
}
