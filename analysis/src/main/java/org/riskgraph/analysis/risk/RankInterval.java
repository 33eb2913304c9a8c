package org.riskgraph.analysis.risk;

/** The 5th and 95th percentile of a unit's rank (1 = highest score) over the weight draws. */
public record RankInterval(int low, int high) {

  public RankInterval {
    if (low < 1 || high < low) {
      throw new IllegalArgumentException(
          "rank interval must be 1 ≤ low ≤ high: " + low + ", " + high);
    }
  }

  public int width() {
    return high - low;
  }
}
