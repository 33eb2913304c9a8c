package org.riskgraph.analysis.risk;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How much a rank depends on the weights: each draw multiplies every weight by an independent
 * uniform factor in [1 − jitter, 1 + jitter], renormalises them to add up to 1, rescores and
 * reranks every unit; the interval is the 5th and 95th percentile of a unit's ranks. Ties rank by
 * unit order (code order), as the published ranks do. The draws come from a {@link
 * SplittableRandom} seeded by the settings' seed and the month, so a month gets the same intervals
 * whether it is scored alone or with the others.
 */
final class RankIntervals {

  private final double[][] draws;

  RankIntervals(double[] weights, int count, double jitter, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    draws = new double[count][weights.length];
    for (int d = 0; d < count; d++) {
      double total = 0;
      for (int k = 0; k < weights.length; k++) {
        draws[d][k] = weights[k] * (1 + jitter * (2 * random.nextDouble() - 1));
        total += draws[d][k];
      }
      for (int k = 0; k < weights.length; k++) {
        draws[d][k] /= total;
      }
    }
  }

  static long seedFor(long seed, java.time.YearMonth month) {
    long z = seed + (month.getYear() * 12L + month.getMonthValue()) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The interval of every unit, given each unit's normalised indicators (unit × indicator). */
  RankInterval[] intervals(double[][] normalised) {
    int units = normalised.length;
    int[][] ranks = new int[units][draws.length];
    double[] score = new double[units];
    int[] order = new int[units];
    for (int u = 0; u < units; u++) {
      order[u] = u;
    }
    for (int d = 0; d < draws.length; d++) {
      for (int u = 0; u < units; u++) {
        double s = 0;
        for (int k = 0; k < draws[d].length; k++) {
          s += draws[d][k] * normalised[u][k];
        }
        score[u] = s;
      }
      // the previous draw's order is nearly right for this one: insertion sort does little work
      for (int i = 1; i < units; i++) {
        int x = order[i];
        int j = i - 1;
        while (j >= 0 && byScore(score, x, order[j]) < 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = x;
      }
      for (int r = 0; r < units; r++) {
        ranks[order[r]][d] = r + 1;
      }
    }
    RankInterval[] out = new RankInterval[units];
    int low = (int) Math.floor(0.05 * (draws.length - 1));
    int high = (int) Math.ceil(0.95 * (draws.length - 1));
    for (int u = 0; u < units; u++) {
      Arrays.sort(ranks[u]);
      out[u] = new RankInterval(ranks[u][low], ranks[u][high]);
    }
    return out;
  }

  /** Higher score first; equal scores in unit order. */
  static int byScore(double[] score, int a, int b) {
    int compare = Double.compare(score[b], score[a]);
    return compare != 0 ? compare : Integer.compare(a, b);
  }

  /** Unstable: the interval spans more than 10% of the units' ranks, and more than 2 ranks. */
  static boolean unstable(RankInterval interval, int units) {
    return interval.width() > Math.max(2, 0.1 * units);
  }
}
