package org.riskgraph.api.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.riskgraph.analysis.reports.DailyReport;
import org.riskgraph.analysis.reports.DailyReportBuilder;
import org.riskgraph.analysis.reports.GraphReportSource;
import org.riskgraph.analysis.reports.IsoWeek;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.analysis.reports.MonthlyReportBuilder;
import org.riskgraph.analysis.reports.ReportSource;
import org.riskgraph.analysis.reports.SeriousIncident;
import org.riskgraph.analysis.reports.WeeklyReport;
import org.riskgraph.analysis.reports.WeeklyReportBuilder;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.api.risk.RiskService;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.store.GraphStore;
import org.springframework.stereotype.Service;

/**
 * Builds the daily, weekly and monthly reports from the graph, with the risk scores the risk
 * endpoints serve (one cached assessment). A period left out defaults to the last complete one that
 * has data: yesterday, last week, last month — or the last day, week or month with an incident or a
 * dispute, if that is earlier.
 */
@Service
public class ReportService {

  private final ReportSource source;
  private final RiskService risk;
  private final Clock clock;

  ReportService(GraphStore store, RiskService risk, Clock clock) {
    this.source = new GraphReportSource(store);
    this.risk = risk;
    this.clock = clock;
  }

  public DailyReport daily(Optional<LocalDate> date, boolean named) {
    LocalDate day = date.orElseGet(this::lastCompleteDay);
    if (day.isAfter(today())) {
      throw BadRequestException.invalid("date", "date " + day + " is in the future");
    }
    return new DailyReportBuilder(source, clock).build(day, named);
  }

  public WeeklyReport weekly(Optional<IsoWeek> week, boolean named) {
    IsoWeek wanted = week.orElseGet(() -> lastCompleteWeek());
    if (wanted.monday().isAfter(today())) {
      throw BadRequestException.invalid("week", "week " + wanted + " has not begun");
    }
    return new WeeklyReportBuilder(source, clock).build(wanted, named);
  }

  public MonthlyReport monthly(Optional<YearMonth> month, boolean named) {
    RiskService.Snapshot snapshot = risk.current();
    YearMonth wanted =
        month.orElseGet(
            () -> {
              YearMonth lastEnded = YearMonth.from(today()).minusMonths(1);
              return snapshot
                  .assessment()
                  .lastMonth()
                  .filter(last -> last.isBefore(lastEnded))
                  .orElse(lastEnded);
            });
    try {
      return new MonthlyReportBuilder(source, clock)
          .build(wanted, snapshot.inputs(), snapshot.assessment(), named);
    } catch (IllegalArgumentException e) {
      throw BadRequestException.invalid("month", e.getMessage());
    }
  }

  /** The references of the persons and incidents a named report shows, for the audit trail. */
  static List<String> subjects(List<SeriousIncident> incidents) {
    List<String> subjects = new ArrayList<>();
    for (SeriousIncident incident : incidents) {
      subjects.add("incident:" + incident.id());
      incident.parties().forEach(p -> subjects.add("person:" + p.personId()));
    }
    return subjects.stream().distinct().toList();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Fields.CHINA));
  }

  private LocalDate lastCompleteDay() {
    LocalDate yesterday = today().minusDays(1);
    return source.lastDayWithData().filter(d -> d.isBefore(yesterday)).orElse(yesterday);
  }

  private IsoWeek lastCompleteWeek() {
    IsoWeek lastEnded = IsoWeek.of(today()).previous();
    return source
        .lastDayWithData()
        .map(IsoWeek::of)
        .filter(w -> w.monday().isBefore(lastEnded.monday()))
        .orElse(lastEnded);
  }
}
