package org.riskgraph.analysis.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.control.Control;
import org.riskgraph.graph.control.ControlCategory;
import org.riskgraph.graph.control.ControlEvent;
import org.riskgraph.graph.control.ControlEventKind;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeStatus;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;

class InputsAssemblerTests {

  private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final List<Township> TOWNSHIPS = List.of(new Township("T1", "一镇"));
  private static final List<Village> VILLAGES =
      List.of(
          new Village("V2", "乙村", "T1", 500, null, false, null, null),
          new Village("V1", "甲村", "T1", 1500, null, true, null, null));

  @Test
  void countsIncidentsBySeverityInTheirChinaMonth() {
    // 2026-01-31T20:00Z is already 2026-02-01 in Asia/Shanghai
    List<Incident> incidents =
        List.of(
            incident("J1", "V1", at(2026, 1, 10), 1),
            incident("J2", "V1", at(2026, 1, 11), 3),
            incident("J3", "V1", OffsetDateTime.of(2026, 1, 31, 20, 0, 0, 0, ZoneOffset.UTC), 2));

    RiskInputs inputs = assemble(incidents, List.of(), List.of(), List.of(), Map.of());

    assertThat(inputs.villages()).extracting(Village::code).containsExactly("V1", "V2");
    assertThat(inputs.months()).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
    assertThat(inputs.at(0, 0).incidentsBySeverity()).containsExactly(1, 0, 1, 0);
    assertThat(inputs.at(0, 1).incidentsBySeverity()).containsExactly(0, 1, 0, 0);
    assertThat(inputs.at(1, 0).incidents()).isZero();
  }

  @Test
  void countsADisputeAsLongOpenOnlyAtMonthEndsMoreThanThirtyDaysAfterItOpenedAndBeforeItClosed() {
    List<Dispute> disputes =
        List.of(
            // opened 2026-01-05, resolved 2026-03-10: open > 30 days at the end of Feb only
            dispute("MD1", at(2026, 1, 5), at(2026, 3, 10), DisputeStatus.RESOLVED, null),
            // opened 2026-01-20: at the end of January it is 12 days old; still open at the end
            dispute("MD2", at(2026, 1, 20), null, DisputeStatus.MEDIATING, null));
    List<Incident> incidents = List.of(incident("J9", "V2", at(2026, 4, 2), 1));

    RiskInputs inputs = assemble(incidents, disputes, List.of(), List.of(), Map.of());

    assertThat(inputs.months()).hasSize(4);
    assertThat(inputs.at(0, 0).newDisputes()).isEqualTo(2);
    assertThat(inputs.at(0, 0).openOver30Days()).isZero();
    assertThat(inputs.at(0, 1).openOver30Days()).isEqualTo(2);
    assertThat(inputs.at(0, 2).openOver30Days()).isEqualTo(1);
    assertThat(inputs.at(0, 3).openOver30Days()).isEqualTo(1);
  }

  @Test
  void countsAnEscalationInTheMonthOfItsIncidentAndStopsCountingItAsOpen() {
    List<Incident> incidents = List.of(incident("J1", "V1", at(2026, 3, 2), 2));
    List<Dispute> disputes =
        List.of(dispute("MD1", at(2026, 1, 5), null, DisputeStatus.ESCALATED, "J1"));

    RiskInputs inputs = assemble(incidents, disputes, List.of(), List.of(), Map.of());

    assertThat(inputs.at(0, 1).openOver30Days()).isEqualTo(1);
    assertThat(inputs.at(0, 2).escalations()).isEqualTo(1);
    assertThat(inputs.at(0, 2).openOver30Days()).isZero();
  }

  @Test
  void neverCountsAControlOrItsLapsesOutsideItsTerm() {
    List<Incident> incidents =
        List.of(incident("J1", "V1", at(2026, 1, 2), 1), incident("J2", "V1", at(2026, 4, 2), 1));
    Control control =
        new Control(
            "CTL1",
            "P1",
            ControlCategory.BAIL,
            "LOW",
            "《刑事诉讼法》第六十七条",
            LocalDate.of(2026, 1, 15),
            LocalDate.of(2026, 2, 20),
            "000001");
    List<ControlEvent> events =
        List.of(
            event("E1", at(2026, 1, 14), ControlEventKind.MISSED_CHECK_IN),
            event("E2", at(2026, 1, 20), ControlEventKind.MISSED_CHECK_IN),
            event("E3", at(2026, 2, 20), ControlEventKind.VIOLATION),
            event("E4", at(2026, 2, 27), ControlEventKind.MISSED_CHECK_IN),
            event("E5", at(2026, 3, 6), ControlEventKind.VIOLATION),
            event("E6", at(2026, 1, 27), ControlEventKind.CHECK_IN));

    RiskInputs inputs =
        assemble(incidents, List.of(), List.of(control), events, Map.of("P1", "V1"));

    VillageMonth january = inputs.at(0, 0);
    VillageMonth february = inputs.at(0, 1);
    VillageMonth march = inputs.at(0, 2);
    assertThat(january.activeControls()).isEqualTo(1);
    assertThat(january.missedCheckIns()).isEqualTo(1);
    assertThat(february.activeControls()).isEqualTo(1);
    assertThat(february.violations()).isEqualTo(1);
    assertThat(february.missedCheckIns()).isZero();
    assertThat(march.activeControls()).isZero();
    assertThat(march.violations()).isZero();
    assertThat(inputs.at(1, 0).activeControls()).isZero();
  }

  @Test
  void hasNoMonthsWithoutIncidentsOrDisputes() {
    RiskInputs inputs = assemble(List.of(), List.of(), List.of(), List.of(), Map.of());

    assertThat(inputs.monthCount()).isZero();
    assertThat(new RiskAnalysis(RiskSettings.defaults()).assess(inputs).months()).isEmpty();
  }

  private static RiskInputs assemble(
      List<Incident> incidents,
      List<Dispute> disputes,
      List<Control> controls,
      List<ControlEvent> events,
      Map<String, String> villageOfPerson) {
    return InputsAssembler.fromRecords(
        TOWNSHIPS,
        VILLAGES,
        List.of(),
        new EventRecords(incidents, disputes, controls, events, villageOfPerson));
  }

  private static OffsetDateTime at(int year, int month, int day) {
    return OffsetDateTime.of(year, month, day, 10, 0, 0, 0, CHINA);
  }

  private static Incident incident(String id, String village, OffsetDateTime at, int severity) {
    return new Incident(
        id, at, IncidentCategory.THEFT, severity, village, null, null, null, "CLOSED");
  }

  private static Dispute dispute(
      String id,
      OffsetDateTime openedAt,
      OffsetDateTime resolvedAt,
      DisputeStatus status,
      String escalatedTo) {
    return new Dispute(
        id, openedAt, DisputeCategory.LAND, "V1", status, resolvedAt, null, List.of(), escalatedTo);
  }

  private static ControlEvent event(String id, OffsetDateTime at, ControlEventKind kind) {
    return new ControlEvent(id, "CTL1", at, kind);
  }
}
