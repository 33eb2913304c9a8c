package org.riskgraph.analysis.products;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.riskgraph.analysis.hotspot.DisputeHotspots;
import org.riskgraph.analysis.hotspot.HotspotClass;
import org.riskgraph.analysis.hotspot.HotspotSource;
import org.riskgraph.analysis.risk.Indicator;
import org.riskgraph.analysis.risk.MonthRisk;
import org.riskgraph.analysis.risk.RiskAssessment;
import org.riskgraph.analysis.risk.RiskInputs;
import org.riskgraph.analysis.risk.RiskScore;
import org.riskgraph.analysis.risk.VillageMonth;
import org.riskgraph.graph.village.Village;

/**
 * A village's risk for the products, from the same scores and hotspot maps the reports use: the
 * score in a month (or the latest month before it with a score), its history, its monthly counts.
 */
public final class VillageRisk {

  private final RiskInputs inputs;
  private final RiskAssessment assessment;
  private final HotspotSource source;
  private final Map<YearMonth, DisputeHotspots.Result> hotspots = new ConcurrentHashMap<>();

  public VillageRisk(RiskInputs inputs, RiskAssessment assessment, HotspotSource source) {
    this.inputs = inputs;
    this.assessment = assessment;
    this.source = source;
  }

  public Optional<YearMonth> lastMonth() {
    return assessment.lastMonth();
  }

  /** The village in the month, or in the latest scored month before it; empty if none. */
  public Optional<VillageContext> at(
      String code, String name, String townshipName, YearMonth month) {
    Optional<MonthRisk> scored =
        assessment.months().stream().filter(m -> !m.month().isAfter(month)).reduce((a, b) -> b);
    if (scored.isEmpty()) {
      return Optional.empty();
    }
    MonthRisk m = scored.get();
    Optional<RiskScore> score = m.village(code);
    DisputeHotspots.Result h =
        hotspots.computeIfAbsent(
            m.month(), k -> DisputeHotspots.of(source, k, inputs.firstMonth()));
    Optional<DisputeHotspots.HotVillage> hot =
        h.hot().stream().filter(v -> v.code().equals(code)).findFirst();
    Optional<DisputeHotspots.EmergingSpot> emerging =
        h.emerging().stream().filter(v -> v.code().equals(code)).findFirst();
    return Optional.of(
        new VillageContext(
            code,
            name,
            townshipName,
            m.month(),
            score.map(RiskScore::score).orElse(null),
            score.map(s -> s.level().name()).orElse(null),
            score.map(RiskScore::rank).orElse(null),
            m.villages().size(),
            score.map(s -> s.drivers().stream().map(Indicator::key).toList()).orElse(List.of()),
            hot.map(v -> v.hotspotClass().name()).orElse(HotspotClass.NOT_SIGNIFICANT.name()),
            hot.map(DisputeHotspots.HotVillage::monthsRunning).orElse(0),
            emerging.map(e -> e.category().name()).orElse(null)));
  }

  /** The village's scores over the last {@code months} scored months, oldest first. */
  public List<VillageBrief.RiskPoint> history(String code, int months) {
    return assessment.villageHistory(code, months).stream()
        .map(
            s ->
                new VillageBrief.RiskPoint(
                    s.month(),
                    s.score(),
                    s.level().name(),
                    s.rank(),
                    s.drivers().stream().map(Indicator::key).toList()))
        .toList();
  }

  /** Incidents and new disputes per month over the last {@code months} months with data. */
  public List<VillageBrief.MonthCount> counts(String code, int months) {
    Integer v = inputs.villageIndex().get(code);
    List<VillageBrief.MonthCount> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    for (int t = Math.max(0, inputs.monthCount() - months); t < inputs.monthCount(); t++) {
      VillageMonth at = inputs.at(v, t);
      out.add(new VillageBrief.MonthCount(at.month(), at.incidents(), at.newDisputes()));
    }
    return out;
  }

  public Optional<Village> village(String code) {
    return inputs.villages().stream().filter(v -> v.code().equals(code)).findFirst();
  }
}
