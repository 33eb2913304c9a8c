package org.riskgraph.analysis.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.riskgraph.analysis.hotspot.DisputeHotspots;
import org.riskgraph.analysis.risk.Indicator;
import org.riskgraph.analysis.risk.MonthRisk;
import org.riskgraph.analysis.risk.RiskAssessment;
import org.riskgraph.analysis.risk.RiskFlag;
import org.riskgraph.analysis.risk.RiskInputs;
import org.riskgraph.analysis.risk.RiskLevel;
import org.riskgraph.analysis.risk.RiskScore;
import org.riskgraph.analysis.risk.VillageMonth;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.instruction.Instruction;
import org.riskgraph.graph.village.Village;

/**
 * Where is the county unstable this month, and what should be done? Builds the {@link
 * MonthlyReport} from the risk assessment (scored by {@code RiskAnalysis} on the same data), the
 * report source and the finding rules.
 */
public final class MonthlyReportBuilder {

  /** How many villages the report lists by score. */
  public static final int TOP_VILLAGES = 10;

  static final int TREND_MONTHS = 12;
  static final int REFERENCE_MONTHS = 12;

  private final ReportSource source;
  private final Clock clock;

  public MonthlyReportBuilder(ReportSource source, Clock clock) {
    this.source = Objects.requireNonNull(source, "source");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * @throws IllegalArgumentException if the assessment has no scores for the month
   */
  public MonthlyReport build(
      YearMonth month, RiskInputs inputs, RiskAssessment assessment, boolean named) {
    MonthRisk risk =
        assessment
            .month(month)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no risk scores for "
                            + month
                            + (assessment.firstMonth().isEmpty()
                                ? ": no incident or dispute has been imported"
                                : ": the data cover "
                                    + assessment.firstMonth().get()
                                    + ".."
                                    + assessment.lastMonth().get())));
    Optional<MonthRisk> before = assessment.month(month.minusMonths(1));
    List<MonthlyReport.AreaRisk> townships =
        risk.townships().stream()
            .map(s -> area(s, before.flatMap(b -> b.township(s.code())), risk.townships().size()))
            .toList();
    List<MonthlyReport.AreaRisk> villages =
        risk.villages().stream()
            .map(s -> area(s, before.flatMap(b -> b.village(s.code())), risk.villages().size()))
            .toList();
    MonthlyReport.AreaRisk county = area(risk.county(), before.map(MonthRisk::county), 1);

    List<AreaCount> levels = new ArrayList<>();
    for (RiskLevel level : RiskLevel.values()) {
      levels.add(
          new AreaCount(
              level.name(),
              null,
              risk.villages().stream().filter(v -> v.level() == level).count()));
    }
    List<MonthlyReport.VillagePoint> map = new ArrayList<>();
    for (Village village : inputs.villages()) {
      risk.village(village.code())
          .ifPresent(
              s ->
                  map.add(
                      new MonthlyReport.VillagePoint(
                          village.code(),
                          village.name(),
                          village.townshipCode(),
                          village.lat(),
                          village.lon(),
                          s.level().name(),
                          s.score())));
    }

    YearMonth first = inputs.firstMonth();
    MonthlyReport.Hotspots hotspots =
        MonthlyReport.Hotspots.of(DisputeHotspots.of(source, month, first));
    MonthlyReport.Trends trends = trends(month, inputs);
    MonthlyReport.Supervision supervision = supervision(month, inputs);
    MonthlyReport.Instructions instructions = instructions(month, named);
    List<Finding> findings =
        FindingRules.apply(
            new FindingRules.Facts(
                townships, villages, hotspots, trends, supervision, instructions));
    return new MonthlyReport(
        new ReportHeader(
            ReportKind.MONTHLY,
            month.toString(),
            month.atDay(1),
            month.atEndOfMonth(),
            instructions.asOf(),
            named,
            ReportHeader.VERSION),
        assessment.method().version(),
        county,
        townships,
        villages.subList(0, Math.min(TOP_VILLAGES, villages.size())),
        levels,
        map,
        hotspots,
        trends,
        supervision,
        instructions,
        findings);
  }

  static MonthlyReport.AreaRisk area(RiskScore score, Optional<RiskScore> before, int of) {
    List<MonthlyReport.Driver> components = new ArrayList<>();
    for (var component : score.components()) {
      components.add(
          new MonthlyReport.Driver(component.indicator().key(), component.contribution()));
    }
    List<MonthlyReport.Driver> drivers = new ArrayList<>();
    for (Indicator indicator : score.drivers()) {
      drivers.add(
          new MonthlyReport.Driver(indicator.key(), score.component(indicator).contribution()));
    }
    return new MonthlyReport.AreaRisk(
        score.code(),
        score.name(),
        score.score(),
        score.level().name(),
        score.change().isPresent() ? score.change().getAsDouble() : null,
        before.map(b -> b.level().name()).orElse(null),
        score.rank(),
        of,
        components,
        drivers,
        score.flags().stream().map(RiskFlag::name).sorted().toList());
  }

  private MonthlyReport.Trends trends(YearMonth month, RiskInputs inputs) {
    List<YearMonth> months = new ArrayList<>();
    List<Long> incidents = new ArrayList<>();
    List<Long> disputes = new ArrayList<>();
    for (int back = TREND_MONTHS - 1; back >= 0; back--) {
      YearMonth m = month.minusMonths(back);
      int t = inputs.monthIndex(m);
      if (t < 0) {
        continue;
      }
      long incidentCount = 0;
      long disputeCount = 0;
      for (int v = 0; v < inputs.villages().size(); v++) {
        VillageMonth at = inputs.at(v, t);
        incidentCount += at.incidents();
        disputeCount += at.newDisputes();
      }
      months.add(m);
      incidents.add(incidentCount);
      disputes.add(disputeCount);
    }
    YearMonth previous = month.minusMonths(1);
    YearMonth yearAgo = month.minusMonths(12);
    Comparison.Coverage covered =
        new Comparison.Coverage(
            !previous.isBefore(inputs.firstMonth()), !yearAgo.isBefore(inputs.firstMonth()));
    List<Incident> now = incidents(month);
    List<Incident> last = incidents(previous);
    List<Incident> seasonal = incidents(yearAgo);
    List<Comparison> categories = new ArrayList<>();
    for (IncidentCategory category : IncidentCategory.values()) {
      categories.add(
          Comparison.of(
              category.name(),
              null,
              Events.count(now, i -> i.category() == category),
              Events.count(last, i -> i.category() == category),
              Events.count(seasonal, i -> i.category() == category),
              covered));
    }
    Comparison disputeTotal =
        Comparison.of("ALL", null, disputes(month), disputes(previous), disputes(yearAgo), covered);
    return new MonthlyReport.Trends(
        months,
        incidents,
        disputes,
        Comparison.of("ALL", null, now.size(), last.size(), seasonal.size(), covered),
        disputeTotal,
        categories);
  }

  private List<Incident> incidents(YearMonth month) {
    return source.incidents(month.atDay(1), month.plusMonths(1).atDay(1));
  }

  private long disputes(YearMonth month) {
    return source.disputes(month.atDay(1), month.plusMonths(1).atDay(1)).size();
  }

  /** This month's controls and lapses against the up to twelve months before, per control-month. */
  static MonthlyReport.Supervision supervision(YearMonth month, RiskInputs inputs) {
    int t = inputs.monthIndex(month);
    long controls = 0;
    long missed = 0;
    long violations = 0;
    long referenceLapses = 0;
    long referenceControlMonths = 0;
    int referenceMonths = 0;
    for (int back = 1; back <= REFERENCE_MONTHS; back++) {
      if (t - back >= 0) {
        referenceMonths++;
      }
    }
    for (int v = 0; v < inputs.villages().size(); v++) {
      VillageMonth at = inputs.at(v, t);
      controls += at.activeControls();
      missed += at.missedCheckIns();
      violations += at.violations();
      for (int back = 1; back <= referenceMonths; back++) {
        VillageMonth earlier = inputs.at(v, t - back);
        referenceLapses += earlier.missedCheckIns() + earlier.violations();
        referenceControlMonths += earlier.activeControls();
      }
    }
    RateRatio ratio =
        controls > 0 && referenceControlMonths > 0
            ? RateRatio.of(missed + violations, controls, referenceLapses, referenceControlMonths)
            : null;
    return new MonthlyReport.Supervision(
        controls,
        missed,
        violations,
        controls == 0 ? null : (missed + violations) / (double) controls,
        referenceMonths,
        referenceLapses,
        referenceControlMonths,
        referenceControlMonths == 0 ? null : referenceLapses / (double) referenceControlMonths,
        ratio);
  }

  private MonthlyReport.Instructions instructions(YearMonth month, boolean named) {
    LocalDate last = month.atEndOfMonth();
    OffsetDateTime asOf = Events.asOf(last, clock);
    List<Instruction> issued =
        source.instructionsIssued(Events.startOf(month), Events.startOf(month.plusMonths(1)));
    long closed = 0;
    long onTime = 0;
    for (Instruction instruction : issued) {
      Optional<OffsetDateTime> closedAt = instruction.closedAt().filter(at -> !at.isAfter(asOf));
      if (closedAt.isPresent()) {
        closed++;
        if (!closedAt.get().isAfter(instruction.deadline())) {
          onTime++;
        }
      }
    }
    return new MonthlyReport.Instructions(
        asOf,
        issued.size(),
        closed,
        onTime,
        issued.isEmpty() ? null : closed / (double) issued.size(),
        closed == 0 ? null : onTime / (double) closed,
        Events.due(source.instructionsOverdueAt(asOf), asOf, named));
  }
}
