package org.riskgraph.analysis.hotspot;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Conditional randomisation (Anselin 1995): for area i, its own value stays fixed and its k
 * neighbours' values are a draw without replacement from the other n − 1 values. Each draw is a
 * partial Fisher–Yates shuffle over one index array that is kept (never reset or reallocated):
 * whatever order the array is in, the first k slots after k swap steps are a uniform ordered
 * sample. Area i is parked in the last slot, outside the range that is shuffled.
 */
final class ConditionalPermutation {

  private final RandomGenerator random;
  private final int[] order;
  private final int[] position;
  private final int n;

  ConditionalPermutation(int n, long seed) {
    this.n = n;
    this.random = new MersenneTwister(seed);
    this.order = new int[n];
    this.position = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      position[i] = i;
    }
  }

  /** Sets area {@code i} aside for the draws that follow. */
  void holdOut(int i) {
    swap(position[i], n - 1);
  }

  /** Sum of {@code x} over a fresh draw of {@code k} of the other areas. */
  double drawSum(double[] x, int k) {
    double sum = 0;
    int others = n - 1;
    for (int t = 0; t < k; t++) {
      int pick = t + random.nextInt(others - t);
      swap(t, pick);
      sum += x[order[t]];
    }
    return sum;
  }

  private void swap(int a, int b) {
    int va = order[a];
    int vb = order[b];
    order[a] = vb;
    order[b] = va;
    position[vb] = a;
    position[va] = b;
  }

  /**
   * Two-sided pseudo p-value: the share of draws at least as far from the exact conditional mean as
   * the observed value, counting the observation itself: (extreme + 1) / (draws + 1).
   */
  static double pseudoP(int extreme, int draws) {
    return (extreme + 1.0) / (draws + 1.0);
  }

  /**
   * Tolerance under which two sums count as equal, so ties are counted as extreme (conservative).
   */
  static double tolerance(double scale) {
    return 1e-10 * (scale + 1.0);
  }
}
