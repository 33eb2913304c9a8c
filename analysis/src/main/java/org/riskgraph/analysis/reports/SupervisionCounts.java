package org.riskgraph.analysis.reports;

import java.util.List;

/**
 * Supervision (重点人员管控) over some days: controls in force, missed check-ins and violations, in total
 * and for each village with any of them. A control whose subject has no known village counts in the
 * totals only.
 */
public record SupervisionCounts(
    long activeControls, long missedCheckIns, long violations, List<VillageLapses> villages) {

  public SupervisionCounts {
    villages = List.copyOf(villages);
  }

  /** Missed check-ins plus violations. */
  public long lapses() {
    return missedCheckIns + violations;
  }

  public record VillageLapses(
      String villageCode, long activeControls, long missedCheckIns, long violations) {}
}
