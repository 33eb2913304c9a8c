package org.riskgraph.analysis.render;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.riskgraph.analysis.products.ChainSection;
import org.riskgraph.analysis.products.IncidentBrief;
import org.riskgraph.analysis.products.PersonDossier;
import org.riskgraph.analysis.products.ProductHeader;
import org.riskgraph.analysis.products.VillageBrief;
import org.riskgraph.analysis.products.VillageContext;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeStatus;
import org.riskgraph.graph.incident.IncidentCategory;

/**
 * One research product of each kind, filled so that every part of its page prints: persons,
 * vehicles, earlier incidents, chains (found, none for a pair, cut short), disputes, a village
 * context with a hotspot and an emerging pattern.
 */
public final class SampleProducts {

  static final OffsetDateTime AT = OffsetDateTime.parse("2026-10-14T09:30:00+08:00");

  private SampleProducts() {}

  public static ProductHeader header(String kind) {
    return new ProductHeader(
        "YP20261130-0001", kind, "incident:J20261014000001", "analyst", AT, "J20261014000001");
  }

  public static ChainSection chains() {
    ChainSection.LinkChain chain =
        new ChainSection.LinkChain(
            2,
            List.of("person:P000123", "vehicle:云E12345", "person:P004567"),
            List.of("张伟", "云E12345", "李娜"),
            List.of("OWNS", "OWNS"),
            List.of("张伟是云E12345的车主", "李娜是云E12345的车主"));
    return new ChainSection(
        "FOUND",
        null,
        List.of(
            new ChainSection.PairChains(
                "person:P000123", "张伟", "person:P004567", "李娜", List.of(chain), true),
            new ChainSection.PairChains(
                "person:P000123", "张伟", "person:P000999", "王芳", List.of(), false)));
  }

  public static VillageContext context() {
    return new VillageContext(
        "V001",
        "江坡社区",
        "江坡镇",
        YearMonth.of(2026, 10),
        72.4,
        "ORANGE",
        3,
        89,
        List.of("incidentRate", "disputeHotspot"),
        "HOT",
        2,
        "INTENSIFYING_HOT");
  }

  public static IncidentBrief incidentBrief() {
    return new IncidentBrief(
        new IncidentBrief.Incident(
            "J20261014000001",
            AT,
            IncidentCategory.THEFT,
            3,
            "V001",
            "江坡社区",
            "江坡镇",
            "车内财物被盗",
            "HANDLING"),
        List.of(
            new IncidentBrief.Person(
                "P000123",
                "张伟",
                "MALE",
                LocalDate.of(1985, 3, 2),
                "532301198503020011",
                "江坡社区",
                "SUSPECT",
                1),
            new IncidentBrief.Person("P004567", "李娜", "F", null, null, null, "VICTIM", 0)),
        List.of(
            new IncidentBrief.Vehicle(
                "云E12345", "轿车", "白", "SUSPECT", List.of("P000123"), List.of("张伟"))),
        List.of(
            new IncidentBrief.PriorIncident(
                "person:P000123",
                "张伟",
                "J20260301000007",
                AT.minusMonths(7),
                IncidentCategory.FRAUD,
                2,
                "SUSPECT",
                "V001")),
        chains(),
        List.of(
            new IncidentBrief.RelatedDispute(
                "D20260901000002",
                AT.minusMonths(1),
                DisputeCategory.LAND,
                DisputeStatus.ESCALATED,
                "V001",
                "ESCALATED_TO",
                null),
            new IncidentBrief.RelatedDispute(
                "D20260801000005",
                AT.minusMonths(2),
                DisputeCategory.DEBT,
                DisputeStatus.OPEN,
                "V001",
                "PARTY_TO",
                "张伟")),
        context());
  }

  public static PersonDossier personDossier() {
    return new PersonDossier(
        new PersonDossier.Person(
            "P000123",
            "张伟",
            "MALE",
            LocalDate.of(1985, 3, 2),
            "532301198503020011",
            "V001",
            "江坡社区",
            "江坡镇"),
        List.of(
            new PersonDossier.Event(
                AT, "INCIDENT", "incident:J20261014000001", "THEFT", "SUSPECT", 3),
            new PersonDossier.Event(
                AT.minusMonths(2), "DISPUTE", "dispute:D20260801000005", "DEBT", null, null),
            new PersonDossier.Event(
                AT.minusMonths(3), "CONTROL_START", "control:C0001", "BAIL", null, null),
            new PersonDossier.Event(
                AT.minusMonths(1), "MISSED_CHECK_IN", "control:C0001", null, null, null)),
        List.of(
            new PersonDossier.Link("KNOWS", null, "person:P004567", "李娜", "NEIGHBOUR"),
            new PersonDossier.Link(
                "SHARES_PHONE", "phone:13800000000", "person:P000999", "王芳", null)),
        List.of(
            new PersonDossier.Control(
                "C0001",
                "BAIL",
                "HIGH",
                "刑事诉讼法第67条",
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2027, 6, 30),
                "B001",
                12,
                1,
                0)),
        new ChainSection("TOO_FEW", null, List.of()));
  }

  public static VillageBrief villageBrief() {
    List<VillageBrief.RiskPoint> history =
        List.of(
            new VillageBrief.RiskPoint(YearMonth.of(2026, 8), 48.2, "YELLOW", 20, List.of()),
            new VillageBrief.RiskPoint(YearMonth.of(2026, 9), 61.0, "ORANGE", 8, List.of()),
            new VillageBrief.RiskPoint(YearMonth.of(2026, 10), 72.4, "ORANGE", 3, List.of()));
    List<VillageBrief.MonthCount> counts =
        List.of(
            new VillageBrief.MonthCount(YearMonth.of(2026, 8), 12, 3),
            new VillageBrief.MonthCount(YearMonth.of(2026, 9), 15, 5),
            new VillageBrief.MonthCount(YearMonth.of(2026, 10), 19, 6));
    return new VillageBrief(
        new VillageBrief.Village("V001", "江坡社区", "江坡镇", 3120, "URBAN", true),
        history,
        counts,
        context(),
        List.of(
            new VillageBrief.OpenDispute(
                "D20260801000005",
                AT.minusMonths(2),
                DisputeCategory.DEBT,
                DisputeStatus.OPEN,
                2,
                61)));
  }
}
