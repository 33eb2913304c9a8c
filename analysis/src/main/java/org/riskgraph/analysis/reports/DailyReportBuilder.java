package org.riskgraph.analysis.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.village.Township;

/**
 * What happened on one day? Builds the {@link DailyReport} from a {@link ReportSource}; the clock
 * decides "now" for a report of the current day.
 */
public final class DailyReportBuilder {

  /** Incidents of this severity or more are listed one by one. */
  public static final int SERIOUS = 3;

  private final ReportSource source;
  private final Clock clock;

  public DailyReportBuilder(ReportSource source, Clock clock) {
    this.source = Objects.requireNonNull(source, "source");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public DailyReport build(LocalDate day, boolean named) {
    Places places = Places.of(source);
    LocalDate previous = day.minusDays(1);
    LocalDate weekAgo = day.minusWeeks(1);
    List<Incident> all = source.incidents(weekAgo, day.plusDays(1));
    List<Incident> today = Events.on(all, day, day.plusDays(1));
    List<Incident> yesterday = Events.on(all, previous, day);
    List<Incident> lastWeek = Events.on(all, weekAgo, weekAgo.plusDays(1));

    Comparison.Coverage covered = source.coverage(previous, weekAgo);
    List<Comparison> byCategory = new ArrayList<>();
    for (IncidentCategory category : IncidentCategory.values()) {
      byCategory.add(
          Comparison.of(
              category.name(),
              null,
              Events.count(today, i -> i.category() == category),
              Events.count(yesterday, i -> i.category() == category),
              Events.count(lastWeek, i -> i.category() == category),
              covered));
    }
    List<Comparison> byTownship = new ArrayList<>();
    for (Township township : places.townships()) {
      String code = township.code();
      byTownship.add(
          Comparison.of(
              code,
              township.name(),
              Events.count(today, i -> code.equals(places.townshipOf(i.villageCode()))),
              Events.count(yesterday, i -> code.equals(places.townshipOf(i.villageCode()))),
              Events.count(lastWeek, i -> code.equals(places.townshipOf(i.villageCode()))),
              covered));
    }

    List<Dispute> opened = source.disputes(day, day.plusDays(1));
    Map<String, Long> disputeCategories = Events.countBy(opened, d -> d.category().name());
    List<AreaCount> disputesByCategory = new ArrayList<>();
    for (DisputeCategory category : DisputeCategory.values()) {
      disputesByCategory.add(
          new AreaCount(
              category.name(), null, disputeCategories.getOrDefault(category.name(), 0L)));
    }
    DailyReport.Disputes disputes =
        new DailyReport.Disputes(
            opened.size(),
            disputesByCategory,
            opened.stream()
                .map(
                    d ->
                        new DailyReport.NewDispute(
                            d.id(),
                            d.category(),
                            d.villageCode(),
                            places.villageName(d.villageCode()),
                            d.status()))
                .toList());

    OffsetDateTime asOf = Events.asOf(day, clock);
    return new DailyReport(
        new ReportHeader(
            ReportKind.DAILY, day.toString(), day, day, asOf, named, ReportHeader.VERSION),
        previous,
        weekAgo,
        Comparison.of("ALL", null, today.size(), yesterday.size(), lastWeek.size(), covered),
        byCategory,
        byTownship,
        Events.seriousIncidents(today, places, source, named),
        disputes,
        source.supervision(day, day.plusDays(1), Events.today(clock)).named(places::villageName),
        Events.due(source.instructionsOverdueAt(asOf), asOf, named));
  }
}
