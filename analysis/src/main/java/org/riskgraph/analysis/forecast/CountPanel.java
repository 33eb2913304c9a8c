package org.riskgraph.analysis.forecast;

import java.util.List;
import java.util.Objects;

/**
 * Counts of one kind of event per unit (village, district) and period (month, four weeks), with
 * what the endemic–epidemic model needs around them: each unit's share of the population (the
 * offset e[i] of the endemic part) and the neighbour weights. Period 0 is the first row; the
 * model's time index t is the row number, as in R's {@code hhh4} ({@code t = epoch − min(epoch)}).
 */
public final class CountPanel {

  private final List<String> units;
  private final double[] shares;
  private final int[][] counts;
  private final NeighbourWeights weights;

  /**
   * @param units unit codes, in column order
   * @param shares each unit's share of the population, ≥ 0
   * @param counts counts[t][i] of unit i in period t, ≥ 0
   * @param weights neighbour weights over the same units
   */
  public CountPanel(List<String> units, double[] shares, int[][] counts, NeighbourWeights weights) {
    this.units = List.copyOf(units);
    this.shares = shares.clone();
    this.weights = Objects.requireNonNull(weights, "weights");
    int n = this.units.size();
    if (shares.length != n || weights.units() != n) {
      throw new IllegalArgumentException(
          "units, shares and weights differ in size: "
              + n
              + ", "
              + shares.length
              + ", "
              + weights.units());
    }
    for (double share : shares) {
      if (!(share >= 0) || Double.isInfinite(share)) {
        throw new IllegalArgumentException("population share must be a number ≥ 0: " + share);
      }
    }
    this.counts = new int[counts.length][];
    for (int t = 0; t < counts.length; t++) {
      if (counts[t].length != n) {
        throw new IllegalArgumentException(
            "period " + t + " has " + counts[t].length + " counts for " + n + " units");
      }
      for (int count : counts[t]) {
        if (count < 0) {
          throw new IllegalArgumentException("counts must be 0 or more: " + count);
        }
      }
      this.counts[t] = counts[t].clone();
    }
  }

  public List<String> units() {
    return units;
  }

  public int unitCount() {
    return units.size();
  }

  public int periods() {
    return counts.length;
  }

  public double share(int unit) {
    return shares[unit];
  }

  public int count(int period, int unit) {
    return counts[period][unit];
  }

  /** The counts of one period, by unit; not a copy, not to be changed. */
  int[] row(int period) {
    return counts[period];
  }

  public NeighbourWeights weights() {
    return weights;
  }
}
