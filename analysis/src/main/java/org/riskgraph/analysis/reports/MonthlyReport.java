package org.riskgraph.analysis.reports;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.riskgraph.analysis.hotspot.DisputeHotspots;
import org.riskgraph.analysis.hotspot.EmergingCategory;

/**
 * 社会治安稳定形势分析报告: the month's risk scores for the county, its townships and villages with their
 * drivers, the dispute hotspots and emerging hotspots, twelve months of incident and dispute
 * counts, supervision, the instruction loop's closure and on-time rates, and the findings with
 * their measures. Nothing in it names a person (the named version adds the titles of overdue
 * instructions).
 */
public record MonthlyReport(
    ReportHeader header,
    String riskMethod,
    AreaRisk county,
    List<AreaRisk> townships,
    List<AreaRisk> topVillages,
    List<AreaCount> villageLevels,
    List<VillagePoint> map,
    Hotspots hotspots,
    Trends trends,
    Supervision supervision,
    Instructions instructions,
    List<Finding> findings) {

  public MonthlyReport {
    Objects.requireNonNull(header, "header");
    townships = List.copyOf(townships);
    topVillages = List.copyOf(topVillages);
    villageLevels = List.copyOf(villageLevels);
    map = List.copyOf(map);
    findings = List.copyOf(findings);
  }

  /**
   * A score of the month with its level, rank among its kind, change and level a month before (null
   * in the first month of data), the indicators that drove it and the thin-data flags.
   */
  public record AreaRisk(
      String code,
      String name,
      double score,
      String level,
      Double change,
      String previousLevel,
      int rank,
      int of,
      List<Driver> components,
      List<Driver> drivers,
      List<String> flags) {

    public AreaRisk {
      components = List.copyOf(components);
      drivers = List.copyOf(drivers);
      flags = List.copyOf(flags);
    }
  }

  /** An indicator and the points it contributed to a score. */
  public record Driver(String indicator, double contribution) {}

  /** A village on the county map. */
  public record VillagePoint(
      String code,
      String name,
      String townshipCode,
      Double lat,
      Double lon,
      String level,
      double score) {}

  /**
   * Dispute hotspots: Gi* on the EB-smoothed rate of the disputes opened in the three months ending
   * with the report's month ({@code windowFrom}..{@code month}), villages hot at FDR q ≤ 0.05 with
   * how many months running they have been so; and the emerging-hotspot patterns of the monthly
   * maps over {@code emergingMonths} months.
   */
  public record Hotspots(
      YearMonth windowFrom,
      YearMonth month,
      List<HotVillage> hot,
      int emergingMonths,
      List<EmergingSpot> emerging) {

    public Hotspots {
      hot = List.copyOf(hot);
      emerging = List.copyOf(emerging);
    }

    /** The hotspot engine's result as the report states it, classes and categories by name. */
    public static Hotspots of(DisputeHotspots.Result result) {
      return new Hotspots(
          result.windowFrom(),
          result.month(),
          result.hot().stream()
              .map(
                  v ->
                      new HotVillage(
                          v.code(),
                          v.name(),
                          v.disputes(),
                          v.ratePerThousand(),
                          v.gStarZ(),
                          v.q(),
                          v.hotspotClass().name(),
                          v.monthsRunning()))
              .toList(),
          result.emergingMonths(),
          result.emerging().stream()
              .map(
                  e ->
                      new EmergingSpot(
                          e.code(), e.name(), e.category(), e.trendZ(), e.trendP(), e.lastZ()))
              .toList());
    }
  }

  public record HotVillage(
      String code,
      String name,
      long disputes,
      double ratePerThousand,
      double gStarZ,
      double q,
      String hotspotClass,
      int monthsRunning) {}

  public record EmergingSpot(
      String code,
      String name,
      EmergingCategory category,
      double trendZ,
      double trendP,
      double lastZ) {}

  /**
   * Incidents and disputes in each of the twelve months ending with the report's month (fewer when
   * the data begin later), and the month against the one before and the same month a year before,
   * in total and per incident category.
   */
  public record Trends(
      List<YearMonth> months,
      List<Long> incidents,
      List<Long> disputes,
      Comparison incidentTotal,
      Comparison disputeTotal,
      List<Comparison> incidentCategories) {

    public Trends {
      months = List.copyOf(months);
      incidents = List.copyOf(incidents);
      disputes = List.copyOf(disputes);
      incidentCategories = List.copyOf(incidentCategories);
    }
  }

  /**
   * Controls in force in the month (subject resident in a village) and their lapses, against the
   * same per control-month over the reference months (up to twelve before).
   */
  public record Supervision(
      long activeControls,
      long missedCheckIns,
      long violations,
      Double lapsesPerControl,
      int referenceMonths,
      long referenceLapses,
      long referenceControlMonths,
      Double referenceLapsesPerControl,
      RateRatio vsReference) {}

  /**
   * The instructions issued in the month and how they stood at {@code asOf}: closed, closed by the
   * deadline, still open past it; and every instruction open past its deadline at {@code asOf}.
   */
  public record Instructions(
      OffsetDateTime asOf,
      long issued,
      long closed,
      long closedOnTime,
      Double closureRate,
      Double onTimeRate,
      List<DueInstruction> overdue) {

    public Instructions {
      overdue = List.copyOf(overdue);
    }
  }
}
