package org.riskgraph.analysis.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 一周警情通报: the week's incidents and disputes against the week before and the same week a year
 * before, by incident category and by township, each as a rate ratio with its 95% interval; the
 * days of the week; the villages whose incident count moved most against their previous four weeks;
 * and the notable (severity ≥ 3) incidents.
 *
 * @param previousWeek the week before, as {@code 2026-W41}
 * @param sameWeekLastYear the week with the same number a year before
 */
public record WeeklyReport(
    ReportHeader header,
    String previousWeek,
    String sameWeekLastYear,
    LocalDate sameWeekLastYearFrom,
    Comparison incidents,
    Comparison disputes,
    List<Comparison> byCategory,
    List<Comparison> byTownship,
    List<DayCount> days,
    List<VillageMove> movers,
    List<SeriousIncident> notable) {

  public WeeklyReport {
    Objects.requireNonNull(header, "header");
    byCategory = List.copyOf(byCategory);
    byTownship = List.copyOf(byTownship);
    days = List.copyOf(days);
    movers = List.copyOf(movers);
    notable = List.copyOf(notable);
  }

  /** Incidents on one day of the week and on the same weekday of the week before. */
  public record DayCount(LocalDate day, long incidents, long previousWeek) {}

  /**
   * A village whose incidents this week differ most from its mean of the four weeks before: {@code
   * change} = this week − that mean; the ratio compares one week with four.
   */
  public record VillageMove(
      String code,
      String name,
      String townshipName,
      long current,
      long fourWeeks,
      double change,
      RateRatio vsFourWeeks) {}
}
