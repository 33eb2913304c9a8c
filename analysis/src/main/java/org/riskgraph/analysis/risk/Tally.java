package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.List;
import org.riskgraph.graph.control.ControlEventKind;

/** Counters per village and month while {@link InputsAssembler} builds the inputs. */
final class Tally {

  private final int months;
  private final long[][] bySeverity;
  private final long[] newDisputes;
  private final long[] openOver30Days;
  private final long[] escalations;
  private final long[] activeControls;
  private final long[] missed;
  private final long[] violations;

  Tally(int villages, int months) {
    this.months = months;
    int cells = villages * months;
    bySeverity = new long[4][cells];
    newDisputes = new long[cells];
    openOver30Days = new long[cells];
    escalations = new long[cells];
    activeControls = new long[cells];
    missed = new long[cells];
    violations = new long[cells];
  }

  void incidents(int village, int month, int severity, long count) {
    if (month >= 0) {
      bySeverity[severity - 1][village * months + month] += count;
    }
  }

  void newDispute(int village, int month) {
    if (month >= 0) {
      newDisputes[village * months + month]++;
    }
  }

  void escalation(int village, int month) {
    if (month >= 0) {
      escalations[village * months + month]++;
    }
  }

  void longOpen(int village, int month) {
    openOver30Days[village * months + month]++;
  }

  void activeControl(int village, int month) {
    activeControls[village * months + month]++;
  }

  void lapse(int village, int month, ControlEventKind kind, long count) {
    if (month < 0) {
      return;
    }
    if (kind == ControlEventKind.VIOLATION) {
      violations[village * months + month] += count;
    } else {
      missed[village * months + month] += count;
    }
  }

  VillageMonth villageMonth(String code, YearMonth month, int village, int t) {
    int cell = village * months + t;
    return new VillageMonth(
        code,
        month,
        List.of(
            Math.toIntExact(bySeverity[0][cell]),
            Math.toIntExact(bySeverity[1][cell]),
            Math.toIntExact(bySeverity[2][cell]),
            Math.toIntExact(bySeverity[3][cell])),
        Math.toIntExact(newDisputes[cell]),
        Math.toIntExact(openOver30Days[cell]),
        Math.toIntExact(escalations[cell]),
        Math.toIntExact(activeControls[cell]),
        Math.toIntExact(missed[cell]),
        Math.toIntExact(violations[cell]));
  }
}
