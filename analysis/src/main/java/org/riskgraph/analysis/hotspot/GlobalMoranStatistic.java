package org.riskgraph.analysis.hotspot;

/**
 * Computes global Moran's I on row-standardised weights (wᵢⱼ = 1/kᵢ, no self):
 *
 * <p>I = (n/S₀) Σᵢ Σⱼ wᵢⱼ zᵢ zⱼ / Σᵢ zᵢ², and under randomisation E[I] = −1/(n − 1),
 *
 * <p>Var[I] = [n((n² − 3n + 3)S₁ − nS₂ + 3S₀²) − b₂((n² − n)S₁ − 2nS₂ + 6S₀²)] / ((n − 1)(n − 2)(n
 * − 3)S₀²) − E[I]², with S₁ = ½ Σ (wᵢⱼ + wⱼᵢ)², S₂ = Σ (wᵢ. + w.ᵢ)², b₂ = n Σ z⁴ / (Σ z²)².
 */
final class GlobalMoranStatistic {

  private GlobalMoranStatistic() {}

  static GlobalMoran compute(double[] x, SpatialWeights w) {
    int n = x.length;
    if (n < 4) {
      throw new IllegalArgumentException("global Moran's I needs at least 4 areas, got " + n);
    }
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= n;
    double[] dev = new double[n];
    double m2 = 0;
    double m4 = 0;
    for (int j = 0; j < n; j++) {
      dev[j] = x[j] - mean;
      m2 += dev[j] * dev[j];
      m4 += dev[j] * dev[j] * dev[j] * dev[j];
    }
    double s0 = 0;
    double s1 = 0;
    double cross = 0;
    double[] rowSum = new double[n];
    double[] columnSum = new double[n];
    for (int i = 0; i < n; i++) {
      int k = w.degree(i);
      if (k == 0) {
        continue;
      }
      double wij = 1.0 / k;
      for (int p = w.start(i); p < w.start(i) + k; p++) {
        int j = w.neighbourAt(p);
        double wji = w.isNeighbour(j, i) ? 1.0 / w.degree(j) : 0;
        // ½ Σ (wᵢⱼ + wⱼᵢ)² over all ordered pairs = Σ wᵢⱼ² + Σ wᵢⱼ wⱼᵢ
        s1 += wij * wij + wij * wji;
        columnSum[j] += wij;
        cross += wij * dev[i] * dev[j];
      }
      rowSum[i] = 1.0;
      s0 += 1.0;
    }
    double s2 = 0;
    for (int i = 0; i < n; i++) {
      double t = rowSum[i] + columnSum[i];
      s2 += t * t;
    }
    double expected = -1.0 / (n - 1);
    if (s0 == 0 || m2 <= 0) {
      return new GlobalMoran(0, expected, 0, 0, 1);
    }
    double moranI = n / s0 * cross / m2;
    double b2 = n * m4 / (m2 * m2);
    double nn = (double) n * n;
    double numerator =
        n * ((nn - 3 * n + 3) * s1 - n * s2 + 3 * s0 * s0)
            - b2 * ((nn - n) * s1 - 2 * n * s2 + 6 * s0 * s0);
    double variance =
        numerator / ((n - 1.0) * (n - 2.0) * (n - 3.0) * s0 * s0) - expected * expected;
    double z = variance > 0 ? (moranI - expected) / Math.sqrt(variance) : 0;
    return new GlobalMoran(moranI, expected, variance, z, GetisOrdGiStar.twoSided(z));
  }
}
