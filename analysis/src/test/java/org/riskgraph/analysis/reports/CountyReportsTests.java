package org.riskgraph.analysis.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riskgraph.analysis.risk.RiskAnalysis;
import org.riskgraph.analysis.risk.RiskAssessment;
import org.riskgraph.analysis.risk.RiskInputs;
import org.riskgraph.analysis.risk.RiskLevel;
import org.riskgraph.analysis.risk.RiskSettings;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.plant.GroundTruth;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.control.Control;
import org.riskgraph.graph.control.ControlEvent;
import org.riskgraph.graph.control.ControlEventKind;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.village.Village;

/**
 * The three reports of the seed-42 county (events only, in memory), each number checked against a
 * count written out here directly over the generated records, and the monthly findings against the
 * planted effects.
 */
class CountyReportsTests {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), Fields.CHINA);
  private static final LocalDate DAY = LocalDate.of(2026, 10, 14);

  /** The clock's day: controls that ended before it count nowhere. */
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

  private static County county;
  private static ReportRecords records;
  private static RecordsReportSource source;
  private static RiskInputs inputs;
  private static RiskAssessment assessment;

  @BeforeAll
  static void county() {
    county = CountyGenerator.generateEvents(Scale.COUNTY, 42, Plants.ALL);
    records = CountyRecords.of(county);
    source = new RecordsReportSource(records);
    inputs = source.riskInputs(TODAY);
    assessment = new RiskAnalysis(RiskSettings.defaults()).assess(inputs);
  }

  @Test
  void dailyCountsEachCategoryOnTheDayTheDayBeforeAndTheSameWeekdayAWeekBefore() {
    DailyReport report = new DailyReportBuilder(source, CLOCK).build(DAY, false);

    for (IncidentCategory category : IncidentCategory.values()) {
      Comparison row =
          report.byCategory().stream()
              .filter(c -> c.key().equals(category.name()))
              .findFirst()
              .orElseThrow();
      assertThat(row.current()).as("%s", category).isEqualTo(incidents(DAY, category));
      assertThat(row.previous()).isEqualTo(incidents(DAY.minusDays(1), category));
      assertThat(row.seasonal()).isEqualTo(incidents(DAY.minusDays(7), category));
    }
    assertThat(report.incidents().current()).isEqualTo(incidents(DAY, null));
    assertThat(report.incidents().current()).isBetween(20L, 120L);
    assertThat(report.byTownship()).hasSize(7);
    assertThat(report.byTownship().stream().mapToLong(Comparison::current).sum())
        .isEqualTo(report.incidents().current());
    assertThat(report.previousDay()).isEqualTo(LocalDate.of(2026, 10, 13));
    assertThat(report.sameWeekdayLastWeek()).isEqualTo(LocalDate.of(2026, 10, 7));
  }

  @Test
  void dailyListsExactlyTheDaysSeriousIncidentsWithoutPartiesOrSummaries() {
    DailyReport report = new DailyReportBuilder(source, CLOCK).build(DAY, false);

    List<String> expected =
        county.incidents().stream()
            .filter(i -> day(i).equals(DAY) && i.severity() >= 3)
            .map(Incident::id)
            .sorted()
            .toList();
    assertThat(report.serious().stream().map(SeriousIncident::id).sorted().toList())
        .isEqualTo(expected)
        .isNotEmpty();
    assertThat(report.serious())
        .allSatisfy(
            s -> {
              assertThat(s.parties()).isEmpty();
              assertThat(s.summary()).isEmpty();
            });
    assertThat(report.header().named()).isFalse();
  }

  @Test
  void dailyCountsDisputesAndTheLapsesOfControlsInForceThatDay() {
    DailyReport report = new DailyReportBuilder(source, CLOCK).build(DAY, false);

    long disputes = county.disputes().stream().filter(d -> day(d).equals(DAY)).count();
    assertThat(report.disputes().count()).isEqualTo(disputes);
    Map<String, Control> controls = new HashMap<>();
    county.controls().forEach(c -> controls.put(c.id(), c));
    long inForce =
        county.controls().stream()
            .filter(c -> c.activeOn(DAY) && !c.endsOn().isBefore(TODAY))
            .count();
    long missed = 0;
    long violations = 0;
    for (ControlEvent event : county.controlEvents()) {
      Control control = controls.get(event.controlId());
      if (event.at().atZoneSameInstant(Fields.CHINA).toLocalDate().equals(DAY)
          && control.activeOn(DAY)
          && !control.endsOn().isBefore(TODAY)) {
        missed += event.kind() == ControlEventKind.MISSED_CHECK_IN ? 1 : 0;
        violations += event.kind() == ControlEventKind.VIOLATION ? 1 : 0;
      }
    }
    assertThat(report.supervision().activeControls()).isEqualTo(inForce).isPositive();
    assertThat(report.supervision().missedCheckIns()).isEqualTo(missed);
    assertThat(report.supervision().violations()).isEqualTo(violations);
    assertThat(report.instructionsDue()).isEmpty();
  }

  @Test
  void weeklyComparesTheWeekWithTheWeekBeforeAndTheSameWeekAYearBefore() {
    IsoWeek week = IsoWeek.parse("2026-W42");

    WeeklyReport report = new WeeklyReportBuilder(source, CLOCK).build(week, false);

    LocalDate monday = LocalDate.of(2026, 10, 12);
    LocalDate lastYear = LocalDate.of(2025, 10, 13);
    assertThat(report.header().from()).isEqualTo(monday);
    assertThat(report.sameWeekLastYearFrom()).isEqualTo(lastYear);
    assertThat(report.incidents().current()).isEqualTo(incidents(monday, monday.plusDays(7), null));
    assertThat(report.incidents().previous())
        .isEqualTo(incidents(monday.minusDays(7), monday, null));
    assertThat(report.incidents().seasonal())
        .isEqualTo(incidents(lastYear, lastYear.plusDays(7), null));
    assertThat(report.disputes().current())
        .isEqualTo(
            county.disputes().stream()
                .filter(d -> !day(d).isBefore(monday) && day(d).isBefore(monday.plusDays(7)))
                .count());
    for (Comparison township : report.byTownship()) {
      long expected =
          county.incidents().stream()
              .filter(i -> !day(i).isBefore(monday) && day(i).isBefore(monday.plusDays(7)))
              .filter(i -> township.key().equals(townshipOf(i.villageCode())))
              .count();
      assertThat(township.current()).as(township.name()).isEqualTo(expected);
      assertThat(township.vsPrevious()).isNotNull();
      assertThat(township.vsSeasonal()).isNotNull();
    }
    assertThat(report.days()).hasSize(7);
    assertThat(report.days().stream().mapToLong(WeeklyReport.DayCount::incidents).sum())
        .isEqualTo(report.incidents().current());
  }

  @Test
  void weeklyMoversAreTheVillagesFurthestFromTheirFourWeekMean() {
    WeeklyReport report =
        new WeeklyReportBuilder(source, CLOCK).build(IsoWeek.parse("2026-W42"), false);

    LocalDate monday = LocalDate.of(2026, 10, 12);
    double best = Double.NEGATIVE_INFINITY;
    String bestCode = null;
    for (Village village : county.villages()) {
      long now = villageIncidents(village.code(), monday, monday.plusDays(7));
      long before = villageIncidents(village.code(), monday.minusWeeks(4), monday);
      double change = now - before / 4.0;
      if (change > best || (change == best && village.code().compareTo(bestCode) < 0)) {
        best = change;
        bestCode = village.code();
      }
    }
    WeeklyReport.VillageMove first = report.movers().getFirst();
    assertThat(first.code()).isEqualTo(bestCode);
    assertThat(first.change()).isEqualTo(best);
    assertThat(first.vsFourWeeks().exposure()).isEqualTo(1.0);
    assertThat(first.vsFourWeeks().referenceExposure()).isEqualTo(4.0);
    assertThat(report.movers()).hasSize(2 * WeeklyReportBuilder.MOVERS);
    assertThat(report.movers().getLast().change()).isNegative();
  }

  @Test
  void monthlyTrendsCountEveryMonthAndCategory() {
    MonthlyReport report = monthly("2026-10");

    assertThat(report.trends().months()).hasSize(12);
    for (int t = 0; t < 12; t++) {
      YearMonth month = report.trends().months().get(t);
      assertThat(report.trends().incidents().get(t))
          .as("%s", month)
          .isEqualTo(county.incidents().stream().filter(i -> month(i).equals(month)).count());
      assertThat(report.trends().disputes().get(t))
          .isEqualTo(
              county.disputes().stream().filter(d -> YearMonth.from(day(d)).equals(month)).count());
    }
    for (Comparison category : report.trends().incidentCategories()) {
      IncidentCategory c = IncidentCategory.valueOf(category.key());
      assertThat(category.current()).isEqualTo(monthIncidents(YearMonth.of(2026, 10), c));
      assertThat(category.seasonal()).isEqualTo(monthIncidents(YearMonth.of(2025, 10), c));
      assertThat(category.vsSeasonal()).isNotNull();
    }
  }

  @Test
  void monthlySupervisionCountsControlsInForceAndTheirLapsesAgainstTheYearBefore() {
    MonthlyReport report = monthly("2026-10");

    long[] october = supervision(YearMonth.of(2026, 10));
    long referenceLapses = 0;
    long referenceControls = 0;
    for (int back = 1; back <= 12; back++) {
      long[] m = supervision(YearMonth.of(2026, 10).minusMonths(back));
      referenceControls += m[0];
      referenceLapses += m[1] + m[2];
    }
    MonthlyReport.Supervision s = report.supervision();
    assertThat(s.activeControls()).isEqualTo(october[0]).isPositive();
    assertThat(s.missedCheckIns()).isEqualTo(october[1]);
    assertThat(s.violations()).isEqualTo(october[2]);
    assertThat(s.referenceMonths()).isEqualTo(12);
    assertThat(s.referenceLapses()).isEqualTo(referenceLapses);
    assertThat(s.referenceControlMonths()).isEqualTo(referenceControls);
    assertThat(s.vsReference().count()).isEqualTo(october[1] + october[2]);
  }

  @Test
  void monthlyRiskSectionsAreTheAssessmentsScores() {
    MonthlyReport report = monthly("2026-10");

    var month = assessment.month(YearMonth.of(2026, 10)).orElseThrow();
    assertThat(report.county().score()).isEqualTo(month.county().score());
    assertThat(report.townships()).hasSize(7);
    assertThat(report.townships().getFirst().code()).isEqualTo(month.townships().getFirst().code());
    assertThat(report.topVillages()).hasSize(10);
    assertThat(report.map()).hasSize(89);
    assertThat(report.villageLevels().stream().mapToLong(AreaCount::count).sum()).isEqualTo(89);
    assertThat(report.topVillages().getFirst().drivers()).isNotEmpty();
  }

  @Test
  void monthlyFindsThePlantedTownshipSpikeUnderTheTownshipRule() {
    GroundTruth.RiskSpike spike = county.groundTruth().riskSpike().orElseThrow();

    MonthlyReport report = monthly(spike.month());

    Finding finding =
        report.findings().stream()
            .filter(
                f -> f.rule().equals("R1-township-level") && f.subject().equals(spike.township()))
            .findFirst()
            .orElseThrow();
    assertThat(finding.numbers()).extracting(Finding.Figure::name).contains("score", "level");
    assertThat(finding.finding().zh()).contains("风险等级");
    assertThat(finding.measure().zh()).contains("指令");
  }

  @Test
  void monthlyFindsThePlantedDisputeClusterAsAPersistentHotspot() {
    GroundTruth.HotspotCluster cluster = county.groundTruth().hotspotCluster().orElseThrow();

    MonthlyReport report = monthly("2026-10");

    assertThat(report.hotspots().hot())
        .extracting(MonthlyReport.HotVillage::code)
        .containsAnyElementsOf(cluster.villages());
    assertThat(report.findings())
        .filteredOn(f -> f.rule().equals("R3-persistent-dispute-hotspot"))
        .extracting(Finding::subject)
        .containsAnyElementsOf(cluster.villages());
  }

  @Test
  void everyTownshipFindingIsRedOrTwoLevelsUpAndNoOtherTownshipIsLeftOut() {
    for (String month : List.of("2026-01", "2026-03", "2026-04", "2026-10")) {
      MonthlyReport report = monthly(month);
      for (MonthlyReport.AreaRisk t : report.townships()) {
        int now = RiskLevel.valueOf(t.level()).ordinal();
        int before =
            t.previousLevel() == null ? now : RiskLevel.valueOf(t.previousLevel()).ordinal();
        boolean triggers = t.level().equals("RED") || now - before >= 2;
        boolean found =
            report.findings().stream()
                .anyMatch(
                    f -> f.rule().equals("R1-township-level") && f.subject().equals(t.code()));
        assertThat(found).as("%s %s", month, t.name()).isEqualTo(triggers);
      }
    }
  }

  private static MonthlyReport monthly(String month) {
    return new MonthlyReportBuilder(source, CLOCK)
        .build(YearMonth.parse(month), inputs, assessment, false);
  }

  /**
   * Controls of residents in force in the month and not ended before today, their missed check-ins
   * and their violations.
   */
  private static long[] supervision(YearMonth month) {
    Map<String, Control> controls = new HashMap<>();
    long inForce = 0;
    for (Control c : county.controls()) {
      if (records.villageOfPerson().containsKey(c.personId())
          && !c.endsOn().isBefore(TODAY)
          && !c.startsOn().isAfter(month.atEndOfMonth())
          && !c.endsOn().isBefore(month.atDay(1))) {
        inForce++;
        controls.put(c.id(), c);
      }
    }
    long missed = 0;
    long violations = 0;
    for (ControlEvent e : county.controlEvents()) {
      LocalDate d = e.at().atZoneSameInstant(Fields.CHINA).toLocalDate();
      Control c = controls.get(e.controlId());
      if (c != null && YearMonth.from(d).equals(month) && c.activeOn(d)) {
        missed += e.kind() == ControlEventKind.MISSED_CHECK_IN ? 1 : 0;
        violations += e.kind() == ControlEventKind.VIOLATION ? 1 : 0;
      }
    }
    return new long[] {inForce, missed, violations};
  }

  private static long incidents(LocalDate day, IncidentCategory category) {
    return incidents(day, day.plusDays(1), category);
  }

  private static long incidents(LocalDate from, LocalDate to, IncidentCategory category) {
    return county.incidents().stream()
        .filter(i -> !day(i).isBefore(from) && day(i).isBefore(to))
        .filter(i -> category == null || i.category() == category)
        .count();
  }

  private static long villageIncidents(String village, LocalDate from, LocalDate to) {
    return county.incidents().stream()
        .filter(i -> i.villageCode().equals(village))
        .filter(i -> !day(i).isBefore(from) && day(i).isBefore(to))
        .count();
  }

  private static long monthIncidents(YearMonth month, IncidentCategory category) {
    return county.incidents().stream()
        .filter(i -> month(i).equals(month) && i.category() == category)
        .count();
  }

  private static String townshipOf(String villageCode) {
    return county.villages().stream()
        .filter(v -> v.code().equals(villageCode))
        .findFirst()
        .map(Village::townshipCode)
        .orElseThrow();
  }

  private static LocalDate day(Incident incident) {
    return incident.reportedAt().atZoneSameInstant(Fields.CHINA).toLocalDate();
  }

  private static LocalDate day(Dispute dispute) {
    return dispute.openedAt().atZoneSameInstant(Fields.CHINA).toLocalDate();
  }

  private static YearMonth month(Incident incident) {
    return YearMonth.from(day(incident));
  }
}
