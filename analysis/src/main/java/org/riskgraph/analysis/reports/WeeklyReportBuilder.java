package org.riskgraph.analysis.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;

/** How did this week go against the last and a year ago? Builds the {@link WeeklyReport}. */
public final class WeeklyReportBuilder {

  /** How many villages are listed as having risen, and as many as having fallen. */
  public static final int MOVERS = 5;

  /** The weeks before this one that a village's movement is measured against. */
  public static final int BASELINE_WEEKS = 4;

  private final ReportSource source;
  private final Clock clock;

  public WeeklyReportBuilder(ReportSource source, Clock clock) {
    this.source = Objects.requireNonNull(source, "source");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public WeeklyReport build(IsoWeek week, boolean named) {
    Places places = Places.of(source);
    LocalDate from = week.monday();
    LocalDate to = from.plusDays(7);
    LocalDate lastFrom = from.minusWeeks(1);
    LocalDate baselineFrom = from.minusWeeks(BASELINE_WEEKS);
    IsoWeek yearAgo = week.sameWeekLastYear();
    LocalDate yearAgoFrom = yearAgo.monday();

    List<Incident> recent = source.incidents(baselineFrom, to);
    List<Incident> current = Events.on(recent, from, to);
    List<Incident> previous = Events.on(recent, lastFrom, from);
    List<Incident> baseline = Events.on(recent, baselineFrom, from);
    List<Incident> seasonal = source.incidents(yearAgoFrom, yearAgoFrom.plusDays(7));

    Comparison.Coverage covered = source.coverage(lastFrom, yearAgoFrom);
    List<Comparison> byCategory = new ArrayList<>();
    for (IncidentCategory category : IncidentCategory.values()) {
      byCategory.add(
          Comparison.of(
              category.name(),
              null,
              Events.count(current, i -> i.category() == category),
              Events.count(previous, i -> i.category() == category),
              Events.count(seasonal, i -> i.category() == category),
              covered));
    }
    List<Comparison> byTownship = new ArrayList<>();
    for (Township township : places.townships()) {
      String code = township.code();
      byTownship.add(
          Comparison.of(
              code,
              township.name(),
              Events.count(current, i -> code.equals(places.townshipOf(i.villageCode()))),
              Events.count(previous, i -> code.equals(places.townshipOf(i.villageCode()))),
              Events.count(seasonal, i -> code.equals(places.townshipOf(i.villageCode()))),
              covered));
    }
    List<WeeklyReport.DayCount> days = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      LocalDate day = from.plusDays(d);
      days.add(
          new WeeklyReport.DayCount(
              day,
              Events.on(current, day, day.plusDays(1)).size(),
              Events.on(previous, day.minusWeeks(1), day.minusWeeks(1).plusDays(1)).size()));
    }
    Comparison disputes =
        Comparison.of(
            "ALL",
            null,
            source.disputes(from, to).size(),
            source.disputes(lastFrom, from).size(),
            source.disputes(yearAgoFrom, yearAgoFrom.plusDays(7)).size(),
            covered);

    OffsetDateTime asOf = Events.asOf(week.sunday(), clock);
    return new WeeklyReport(
        new ReportHeader(
            ReportKind.WEEKLY,
            week.toString(),
            from,
            week.sunday(),
            asOf,
            named,
            ReportHeader.VERSION),
        week.previous().toString(),
        yearAgo.toString(),
        yearAgoFrom,
        Comparison.of("ALL", null, current.size(), previous.size(), seasonal.size(), covered),
        disputes,
        byCategory,
        byTownship,
        days,
        covers(baselineFrom) ? movers(places, current, baseline) : List.of(),
        Events.seriousIncidents(current, places, source, named));
  }

  private boolean covers(LocalDate day) {
    return source.firstDayWithData().map(first -> !day.isBefore(first)).orElse(false);
  }

  /**
   * The villages whose count this week is furthest above, and furthest below, their mean of the
   * four weeks before; ties by village code. A village with no incident in all five weeks did not
   * move.
   */
  static List<WeeklyReport.VillageMove> movers(
      Places places, List<Incident> current, List<Incident> baseline) {
    Map<String, Long> now = Events.countBy(current, Incident::villageCode);
    Map<String, Long> before = Events.countBy(baseline, Incident::villageCode);
    List<WeeklyReport.VillageMove> moves = new ArrayList<>();
    for (Village village : places.villages()) {
      long a = now.getOrDefault(village.code(), 0L);
      long b = before.getOrDefault(village.code(), 0L);
      if (a + b == 0) {
        continue;
      }
      moves.add(
          new WeeklyReport.VillageMove(
              village.code(),
              village.name(),
              places.townshipNameOf(village.code()),
              a,
              b,
              a - b / (double) BASELINE_WEEKS,
              RateRatio.of(a, 1, b, BASELINE_WEEKS)));
    }
    Comparator<WeeklyReport.VillageMove> byCode =
        Comparator.comparing(WeeklyReport.VillageMove::code);
    List<WeeklyReport.VillageMove> up =
        moves.stream()
            .filter(m -> m.change() > 0)
            .sorted(
                Comparator.comparingDouble(WeeklyReport.VillageMove::change)
                    .reversed()
                    .thenComparing(byCode))
            .limit(MOVERS)
            .toList();
    List<WeeklyReport.VillageMove> down =
        moves.stream()
            .filter(m -> m.change() < 0)
            .sorted(
                Comparator.comparingDouble(WeeklyReport.VillageMove::change).thenComparing(byCode))
            .limit(MOVERS)
            .toList();
    List<WeeklyReport.VillageMove> out = new ArrayList<>(up);
    out.addAll(down);
    return out;
  }
}
