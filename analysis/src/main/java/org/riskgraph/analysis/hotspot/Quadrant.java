package org.riskgraph.analysis.hotspot;

/**
 * Moran scatterplot quadrant of an area: its own value against the mean of its neighbours, both
 * relative to the map mean. "High" means strictly above the mean, so a value exactly at the mean
 * counts as low. {@code NONE} is an area without neighbours.
 */
public enum Quadrant {
  HH,
  LL,
  HL,
  LH,
  NONE;

  static Quadrant of(double deviation, double lagDeviation, boolean hasNeighbours) {
    if (!hasNeighbours) {
      return NONE;
    }
    boolean high = deviation > 0;
    boolean neighboursHigh = lagDeviation > 0;
    if (high) {
      return neighboursHigh ? HH : HL;
    }
    return neighboursHigh ? LH : LL;
  }
}
