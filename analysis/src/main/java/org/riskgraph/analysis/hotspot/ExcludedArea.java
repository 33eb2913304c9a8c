package org.riskgraph.analysis.hotspot;

/**
 * An area left out of the statistics, with its count so that no event silently disappears from a
 * report. An area without residents has no rate; it is removed from the map before the weights are
 * built, so its neighbours are analysed as if it were not there.
 */
public record ExcludedArea(String code, String name, long count, Reason reason) {

  public enum Reason {
    /** Population 0: the rate per 1,000 is undefined. */
    NO_RESIDENTS
  }
}
