package org.riskgraph.analysis.products;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeStatus;

/**
 * 村情简报: a village, its risk score month by month with what drove it, its incidents and disputes per
 * month, its dispute-hotspot status now, and the disputes still open.
 */
public record VillageBrief(
    Village village,
    List<RiskPoint> riskHistory,
    List<MonthCount> counts,
    VillageContext now,
    List<OpenDispute> openDisputes)
    implements ResearchContent {

  public VillageBrief {
    riskHistory = List.copyOf(riskHistory);
    counts = List.copyOf(counts);
    openDisputes = List.copyOf(openDisputes);
  }

  public record Village(
      String code,
      String name,
      String townshipName,
      long population,
      String circle,
      boolean complex) {}

  public record RiskPoint(
      YearMonth month, double score, String level, int rank, List<String> drivers) {
    public RiskPoint {
      drivers = List.copyOf(drivers);
    }
  }

  public record MonthCount(YearMonth month, long incidents, long newDisputes) {}

  public record OpenDispute(
      String id,
      OffsetDateTime openedAt,
      DisputeCategory category,
      DisputeStatus status,
      long parties,
      long daysOpen) {}

  @Override
  public List<String> subjects() {
    List<String> out = new ArrayList<>();
    out.add("village:" + village.code());
    openDisputes.forEach(d -> out.add("dispute:" + d.id()));
    return out;
  }
}
