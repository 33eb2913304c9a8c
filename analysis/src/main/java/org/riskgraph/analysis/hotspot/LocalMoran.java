package org.riskgraph.analysis.hotspot;

/**
 * Local Moran's Iᵢ (Anselin 1995) on row-standardised weights without the area itself: Iᵢ = (zᵢ /
 * m₂) Σⱼ wᵢⱼ zⱼ with zᵢ = xᵢ − x̄, m₂ = Σ z²/n and wᵢⱼ = 1/kᵢ. The analytical z uses Anselin's
 * moments under total randomisation (spdep's {@code localmoran(..., conditional = FALSE)}); the
 * pseudo p-value uses conditional randomisation, two-sided about the exact conditional mean.
 */
final class LocalMoran {

  /** Iᵢ, its expectation, variance and z under randomisation, the permutation p and quadrant. */
  record Result(
      double[] i,
      double[] expected,
      double[] variance,
      double[] z,
      double[] pPermutation,
      Quadrant[] quadrant) {}

  private final int permutations;
  private final long seed;

  LocalMoran(int permutations, long seed) {
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be at least 1: " + permutations);
    }
    this.permutations = permutations;
    this.seed = seed;
  }

  Result compute(double[] x, SpatialWeights w) {
    int n = x.length;
    if (n < 3) {
      throw new IllegalArgumentException("local Moran needs at least 3 areas, got " + n);
    }
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    double mean = sum / n;
    double[] dev = new double[n];
    double m2 = 0;
    double m4 = 0;
    double absSum = 0;
    for (int j = 0; j < n; j++) {
      dev[j] = x[j] - mean;
      double d2 = dev[j] * dev[j];
      m2 += d2;
      m4 += d2 * d2;
      absSum += Math.abs(dev[j]);
    }
    m2 /= n;
    m4 /= n;
    boolean constant = m2 <= 1e-24 * (mean * mean + 1);
    double b2 = constant ? 0 : m4 / (m2 * m2);
    double tolerance = ConditionalPermutation.tolerance(absSum);

    double[] ii = new double[n];
    double[] expected = new double[n];
    double[] variance = new double[n];
    double[] z = new double[n];
    double[] p = new double[n];
    Quadrant[] quadrant = new Quadrant[n];
    ConditionalPermutation sampler = new ConditionalPermutation(n, seed);
    for (int i = 0; i < n; i++) {
      int k = w.degree(i);
      double lagSum = w.neighbourSum(i, dev);
      quadrant[i] = Quadrant.of(dev[i], lagSum, k > 0);
      if (k == 0 || constant) {
        // no neighbours (or no variation): Iᵢ is 0 with nothing to test
        p[i] = 1;
        continue;
      }
      double lag = lagSum / k;
      ii[i] = dev[i] / m2 * lag;
      // row-standardised: wᵢ. = 1, wᵢ(2) = Σ wᵢⱼ² = 1/k, 2wᵢ(kh) = wᵢ.² − wᵢ(2)
      double wi2 = 1.0 / k;
      double wikh = 1.0 - wi2;
      expected[i] = -1.0 / (n - 1);
      variance[i] =
          wi2 * (n - b2) / (n - 1)
              + wikh * (2 * b2 - n) / ((n - 1.0) * (n - 2.0))
              - 1.0 / ((n - 1.0) * (n - 1.0));
      z[i] = variance[i] > 0 ? (ii[i] - expected[i]) / Math.sqrt(variance[i]) : 0;
      p[i] = permutationP(sampler, dev, i, k, lagSum, tolerance);
    }
    return new Result(ii, expected, variance, z, p, quadrant);
  }

  private double permutationP(
      ConditionalPermutation sampler,
      double[] dev,
      int i,
      int k,
      double observed,
      double tolerance) {
    if (dev[i] == 0) {
      return 1; // Iᵢ is 0 whatever the neighbours are
    }
    int n = dev.length;
    // for fixed zᵢ, Iᵢ is affine in the neighbours' sum of deviations; Σ z = 0 makes its exact
    // conditional mean k(0 − zᵢ)/(n − 1)
    double expected = -k * dev[i] / (n - 1.0);
    double distance = Math.abs(observed - expected) - tolerance;
    sampler.holdOut(i);
    int extreme = 0;
    for (int r = 0; r < permutations; r++) {
      if (Math.abs(sampler.drawSum(dev, k) - expected) >= distance) {
        extreme++;
      }
    }
    return ConditionalPermutation.pseudoP(extreme, permutations);
  }
}
