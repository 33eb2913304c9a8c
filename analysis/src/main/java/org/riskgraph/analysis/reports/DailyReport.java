package org.riskgraph.analysis.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeStatus;

/**
 * 每日警情汇总通报: the day's incidents by category against the previous day and the same weekday a week
 * before, by township, the serious ones (severity ≥ 3), the disputes opened, the supervision lapses
 * and the instructions open past their deadline at the end of the day.
 */
public record DailyReport(
    ReportHeader header,
    LocalDate previousDay,
    LocalDate sameWeekdayLastWeek,
    Comparison incidents,
    List<Comparison> byCategory,
    List<Comparison> byTownship,
    List<SeriousIncident> serious,
    Disputes disputes,
    SupervisionCounts supervision,
    List<DueInstruction> instructionsDue) {

  public DailyReport {
    Objects.requireNonNull(header, "header");
    byCategory = List.copyOf(byCategory);
    byTownship = List.copyOf(byTownship);
    serious = List.copyOf(serious);
    instructionsDue = List.copyOf(instructionsDue);
  }

  /** The disputes opened on the day: how many, by category, and each one (no parties). */
  public record Disputes(long count, List<AreaCount> byCategory, List<NewDispute> opened) {
    public Disputes {
      byCategory = List.copyOf(byCategory);
      opened = List.copyOf(opened);
    }
  }

  public record NewDispute(
      String id,
      DisputeCategory category,
      String villageCode,
      String villageName,
      DisputeStatus status) {}
}
