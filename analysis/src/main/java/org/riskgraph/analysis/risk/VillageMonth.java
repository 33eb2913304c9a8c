package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What happened in one village in one month, as counted from the graph or from records in memory:
 * incidents by severity (index 0 = severity 1), disputes opened, disputes open more than 30 days at
 * month end, disputes that escalated to an incident in the month, controls in force on at least one
 * day of the month (subject resident in the village), and their missed check-ins and violations
 * recorded on a day the control was in force.
 */
public record VillageMonth(
    String villageCode,
    YearMonth month,
    List<Integer> incidentsBySeverity,
    int newDisputes,
    int openOver30Days,
    int escalations,
    int activeControls,
    int missedCheckIns,
    int violations) {

  public VillageMonth {
    Objects.requireNonNull(villageCode, "villageCode");
    Objects.requireNonNull(month, "month");
    incidentsBySeverity = List.copyOf(incidentsBySeverity);
    if (incidentsBySeverity.size() != 4) {
      throw new IllegalArgumentException(
          "incidents by severity need 4 counts (severity 1..4): " + incidentsBySeverity);
    }
    for (int count : incidentsBySeverity) {
      requireCount("incidents", count);
    }
    requireCount("newDisputes", newDisputes);
    requireCount("openOver30Days", openOver30Days);
    requireCount("escalations", escalations);
    requireCount("activeControls", activeControls);
    requireCount("missedCheckIns", missedCheckIns);
    requireCount("violations", violations);
  }

  static VillageMonth empty(String villageCode, YearMonth month) {
    return new VillageMonth(villageCode, month, List.of(0, 0, 0, 0), 0, 0, 0, 0, 0, 0);
  }

  /** All incidents of the month, whatever their severity. */
  public int incidents() {
    int total = 0;
    for (int count : incidentsBySeverity) {
      total += count;
    }
    return total;
  }

  /** The same month with one more incident of the given severity (1..4). */
  VillageMonth withIncident(int severity) {
    if (severity < 1 || severity > 4) {
      throw new IllegalArgumentException("severity must be 1..4: " + severity);
    }
    List<Integer> counts = new ArrayList<>(incidentsBySeverity);
    counts.set(severity - 1, counts.get(severity - 1) + 1);
    return new VillageMonth(
        villageCode,
        month,
        counts,
        newDisputes,
        openOver30Days,
        escalations,
        activeControls,
        missedCheckIns,
        violations);
  }

  private static void requireCount(String name, int count) {
    if (count < 0) {
      throw new IllegalArgumentException(name + " must be 0 or more: " + count);
    }
  }
}
