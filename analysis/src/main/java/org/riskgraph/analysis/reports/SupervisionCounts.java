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

  /** The same counts with each village's name filled in. */
  SupervisionCounts named(java.util.function.Function<String, String> villageName) {
    return new SupervisionCounts(
        activeControls,
        missedCheckIns,
        violations,
        villages.stream()
            .map(
                v ->
                    new VillageLapses(
                        v.villageCode(),
                        villageName.apply(v.villageCode()),
                        v.activeControls(),
                        v.missedCheckIns(),
                        v.violations()))
            .toList());
  }

  /**
   * @param villageName filled in by the report builder; null as a source returns it
   */
  public record VillageLapses(
      String villageCode,
      String villageName,
      long activeControls,
      long missedCheckIns,
      long violations) {}
}
