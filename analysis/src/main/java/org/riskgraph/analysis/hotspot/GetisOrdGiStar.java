package org.riskgraph.analysis.hotspot;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Getis–Ord Gi* in the z form of Ord &amp; Getis (1995) with binary weights that include the area
 * itself: zᵢ = (Σⱼ wᵢⱼ xⱼ − x̄ Wᵢ) / (s √((n Σⱼ wᵢⱼ² − Wᵢ²)/(n − 1))), s² = Σ x²/n − x̄². With
 * binary weights Σⱼ wᵢⱼ² = Wᵢ = kᵢ + 1. The z form is the exact standardisation of Gi* under total
 * randomisation, so its normal p-value is the one ArcGIS, spdep (localG) and esda (G_Local star)
 * report. The permutation p-value uses conditional randomisation (see {@link
 * ConditionalPermutation}).
 */
final class GetisOrdGiStar {

  /** z-scores, two-sided normal p-values and two-sided conditional-permutation p-values. */
  record Result(double[] z, double[] pNormal, double[] pPermutation) {}

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private final int permutations;
  private final long seed;

  GetisOrdGiStar(int permutations, long seed) {
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be at least 1: " + permutations);
    }
    this.permutations = permutations;
    this.seed = seed;
  }

  Result compute(double[] x, SpatialWeights w) {
    int n = x.length;
    if (w.size() != n) {
      throw new IllegalArgumentException("weights for " + w.size() + " areas, values for " + n);
    }
    double sum = 0;
    double absSum = 0;
    for (double v : x) {
      sum += v;
      absSum += Math.abs(v);
    }
    double mean = sum / n;
    double squares = 0;
    for (double v : x) {
      squares += (v - mean) * (v - mean);
    }
    // two-pass variance: Σx²/n − x̄² written as Σ(x − x̄)²/n, which cancels less
    double s = Math.sqrt(squares / n);
    double tolerance = ConditionalPermutation.tolerance(absSum);
    boolean constant = s <= 1e-12 * (Math.abs(mean) + 1);

    double[] z = new double[n];
    double[] pNormal = new double[n];
    double[] pPermutation = new double[n];
    ConditionalPermutation sampler = new ConditionalPermutation(n, seed);
    for (int i = 0; i < n; i++) {
      int k = w.degree(i);
      double weight = k + 1.0;
      double local = x[i] + w.neighbourSum(i, x);
      double spread = (n * weight - weight * weight) / (n - 1.0);
      if (constant || spread <= 0) {
        // a constant map or a neighbourhood that is the whole map carries no evidence
        z[i] = 0;
        pNormal[i] = 1;
        pPermutation[i] = 1;
        continue;
      }
      z[i] = (local - mean * weight) / (s * Math.sqrt(spread));
      pNormal[i] = twoSided(z[i]);
      pPermutation[i] = permutationP(sampler, x, i, k, local - x[i], sum, tolerance);
    }
    return new Result(z, pNormal, pPermutation);
  }

  private double permutationP(
      ConditionalPermutation sampler,
      double[] x,
      int i,
      int k,
      double observed,
      double sum,
      double tolerance) {
    int n = x.length;
    // Gi* is an increasing affine function of the neighbours' sum once xᵢ is fixed, so the sum
    // itself is tested; its exact conditional mean is k (Σx − xᵢ)/(n − 1)
    double expected = k * (sum - x[i]) / (n - 1.0);
    double distance = Math.abs(observed - expected) - tolerance;
    sampler.holdOut(i);
    int extreme = 0;
    for (int r = 0; r < permutations; r++) {
      if (Math.abs(sampler.drawSum(x, k) - expected) >= distance) {
        extreme++;
      }
    }
    return ConditionalPermutation.pseudoP(extreme, permutations);
  }

  static double twoSided(double z) {
    return Math.min(1.0, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
  }
}
