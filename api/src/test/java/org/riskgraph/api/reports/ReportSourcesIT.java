package org.riskgraph.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.analysis.reports.CountyRecords;
import org.riskgraph.analysis.reports.DailyReportBuilder;
import org.riskgraph.analysis.reports.GraphReportSource;
import org.riskgraph.analysis.reports.IsoWeek;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.analysis.reports.MonthlyReportBuilder;
import org.riskgraph.analysis.reports.RecordsReportSource;
import org.riskgraph.analysis.reports.ReportSource;
import org.riskgraph.analysis.reports.WeeklyReportBuilder;
import org.riskgraph.analysis.risk.RiskAnalysis;
import org.riskgraph.analysis.risk.RiskInputs;
import org.riskgraph.analysis.risk.RiskInputsLoader;
import org.riskgraph.analysis.risk.RiskSettings;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.api.TinyCounty;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.instruction.Instruction;
import org.riskgraph.graph.instruction.InstructionState;
import org.riskgraph.graph.instruction.Priority;

/**
 * The tiny county imported into the graph and the same county in memory give the same reports,
 * number for number: the graph queries and the in-memory counts agree.
 */
class ReportSourcesIT extends ApiTestBase {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), Fields.CHINA);
  private static final OffsetDateTime OCT = OffsetDateTime.parse("2026-10-01T09:00:00+08:00");

  /** Issued in October: one closed on time, one closed late, one still open and overdue. */
  private static final List<Instruction> INSTRUCTIONS =
      List.of(
          instruction("ZL20261001-0001", OCT, OCT.plusDays(2), Optional.of(OCT.plusDays(1))),
          instruction("ZL20261001-0002", OCT, OCT.plusDays(2), Optional.of(OCT.plusDays(5))),
          instruction("ZL20261001-0003", OCT.plusDays(9), OCT.plusDays(12), Optional.empty()));

  private ReportSource graph;
  private ReportSource memory;

  @BeforeEach
  void bothSources() {
    TinyCounty.ensureLoaded(this);
    store.write(
        tx -> {
          tx.run("MATCH (i:Instruction) DETACH DELETE i").consume();
          for (Instruction i : INSTRUCTIONS) {
            tx.run(
                    """
                    CREATE (:Instruction {id: $id, title: $title, body: $body, assignee: $assignee,
                            deadline: $deadline, priority: $priority, state: $state, issuedBy: 'command',
                            issuedAt: $issuedAt, closedAt: $closedAt, source: 'test', ingestedAt: $issuedAt})
                    """,
                    params(i))
                .consume();
          }
          return null;
        });
    graph = new GraphReportSource(store);
    memory =
        new RecordsReportSource(
            CountyRecords.of(TinyCounty.county()).withInstructions(INSTRUCTIONS));
  }

  @Test
  void dailyReportsAreEqualNamedAndNot() {
    for (LocalDate day :
        List.of(LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 10), LocalDate.of(2025, 2, 1))) {
      for (boolean named : List.of(false, true)) {
        assertThat(new DailyReportBuilder(graph, CLOCK).build(day, named))
            .as("%s named=%s", day, named)
            .isEqualTo(new DailyReportBuilder(memory, CLOCK).build(day, named));
      }
    }
  }

  @Test
  void weeklyReportsAreEqual() {
    for (String week : List.of("2026-W42", "2026-W07", "2025-W01")) {
      assertThat(new WeeklyReportBuilder(graph, CLOCK).build(IsoWeek.parse(week), true))
          .as(week)
          .isEqualTo(new WeeklyReportBuilder(memory, CLOCK).build(IsoWeek.parse(week), true));
    }
  }

  @Test
  void monthlyReportsAreEqualIncludingTheInstructionRates() {
    LocalDate today = LocalDate.of(2026, 11, 30);
    RiskInputs fromGraph = new RiskInputsLoader(store).load(today);
    RiskInputs inMemory = ((RecordsReportSource) memory).riskInputs(today);
    RiskAnalysis analysis = new RiskAnalysis(RiskSettings.defaults());
    var graphAssessment = analysis.assess(fromGraph);
    var memoryAssessment = analysis.assess(inMemory);

    for (String month : List.of("2026-10", "2026-03", "2025-01")) {
      MonthlyReport a =
          new MonthlyReportBuilder(graph, CLOCK)
              .build(YearMonth.parse(month), fromGraph, graphAssessment, false);
      MonthlyReport b =
          new MonthlyReportBuilder(memory, CLOCK)
              .build(YearMonth.parse(month), inMemory, memoryAssessment, false);
      assertThat(a).as(month).isEqualTo(b);
    }
    MonthlyReport october =
        new MonthlyReportBuilder(graph, CLOCK)
            .build(YearMonth.of(2026, 10), fromGraph, graphAssessment, false);
    assertThat(october.instructions().issued()).isEqualTo(3);
    assertThat(october.instructions().closed()).isEqualTo(2);
    assertThat(october.instructions().closedOnTime()).isEqualTo(1);
    assertThat(october.instructions().onTimeRate()).isEqualTo(0.5);
    assertThat(october.instructions().overdue())
        .extracting(d -> d.id())
        .containsExactly("ZL20261001-0003");
  }

  private static Map<String, Object> params(Instruction i) {
    Map<String, Object> p = new java.util.HashMap<>();
    p.put("id", i.id());
    p.put("title", i.title());
    p.put("body", i.body());
    p.put("assignee", i.assignee());
    p.put("deadline", i.deadline());
    p.put("priority", i.priority().name());
    p.put("state", i.state().name());
    p.put("issuedAt", i.issuedAt());
    p.put("closedAt", i.closedAt().orElse(null));
    return p;
  }

  private static Instruction instruction(
      String id, OffsetDateTime issued, OffsetDateTime deadline, Optional<OffsetDateTime> closed) {
    return new Instruction(
        id,
        "核查警情",
        "请核查并反馈。",
        "共和派出所",
        deadline,
        Priority.ROUTINE,
        closed.isPresent() ? InstructionState.CLOSED : InstructionState.IN_PROGRESS,
        "command",
        issued,
        closed,
        List.of(),
        List.of(),
        List.of());
  }
}
