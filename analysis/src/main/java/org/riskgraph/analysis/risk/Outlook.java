package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.riskgraph.analysis.forecast.ForecastKind;
import org.riskgraph.analysis.forecast.MonthForecast;
import org.riskgraph.analysis.forecast.VillageCounts;
import org.riskgraph.analysis.forecast.VillageForecast;
import org.riskgraph.analysis.forecast.VillageForecaster;
import org.riskgraph.graph.village.Village;

/**
 * The leaders' monthly outlook: at the end of month m, for the month after, score = 100 · (0.6 · (1
 * − exp(−E / high)) + 0.2 · P(unusual) + 0.2 · composite / 100), where E is the forecast's expected
 * incidents of m + 1 (fitted on months up to m), high the 90th percentile of the reference
 * village-months' incident counts, and P(unusual) the forecast's probability that m + 1 exceeds the
 * village's usual month. Townships and the county take population-weighted means of every part, as
 * the composite does. Months with less than a year of data before m + 1 have no outlook.
 */
final class Outlook {

  private Outlook() {}

  /** The outlook of every month that has one, by month; villages, townships, county per month. */
  static Map<YearMonth, List<OutlookScore>> of(
      RiskInputs inputs, List<MonthRisk> composite, int referenceMonths) {
    Map<YearMonth, List<OutlookScore>> out = new HashMap<>();
    List<Village> villages = inputs.villages();
    if (villages.isEmpty() || inputs.monthCount() < VillageForecaster.MIN_HISTORY) {
      return out;
    }
    VillageCounts counts = ForecastCounts.of(inputs, ForecastKind.INCIDENTS);
    if (total(counts) == 0) {
      return out;
    }
    double high = high(counts, Math.min(referenceMonths, inputs.monthCount()));
    List<Aggregates.Unit> townships = Aggregates.townships(inputs.townships(), villages);
    Aggregates.Unit county = Aggregates.county(RiskAnalysis.COUNTY_NAME, villages);
    List<MonthForecast> forecasts;
    try {
      forecasts = new VillageForecaster().oneStepAhead(counts);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return out; // data the model cannot be fitted to: the composite stands alone
    }
    for (MonthForecast forecast : forecasts) {
      YearMonth month = forecast.month().minusMonths(1);
      MonthRisk situation = composite.get(inputs.monthIndex(month));
      double[][] raw = new double[villages.size()][3];
      double[][] normalised = new double[villages.size()][3];
      for (int v = 0; v < villages.size(); v++) {
        VillageForecast village = forecast.villages().get(v);
        double score = situation.village(village.code()).orElseThrow().score();
        raw[v] = new double[] {village.mean(), village.probabilityAboveUsual(), score};
        normalised[v] =
            new double[] {
              1 - Math.exp(-village.mean() / high), village.probabilityAboveUsual(), score / 100
            };
      }
      List<OutlookScore> scores = new ArrayList<>();
      List<Unit> villageUnits = new ArrayList<>();
      for (int v = 0; v < villages.size(); v++) {
        Village village = villages.get(v);
        villageUnits.add(
            new Unit(
                village.code(),
                village.name(),
                village.population(),
                raw[v],
                normalised[v],
                situation.village(village.code()).orElseThrow().drivers()));
      }
      scores.addAll(rank(AreaLevel.VILLAGE, month, forecast.month(), villageUnits));
      List<Unit> townshipUnits = new ArrayList<>();
      for (Aggregates.Unit township : townships) {
        townshipUnits.add(
            aggregate(township, raw, normalised, situation.township(township.code()), villages));
      }
      scores.addAll(rank(AreaLevel.TOWNSHIP, month, forecast.month(), townshipUnits));
      scores.addAll(
          rank(
              AreaLevel.COUNTY,
              month,
              forecast.month(),
              List.of(
                  aggregate(
                      county,
                      raw,
                      normalised,
                      java.util.Optional.of(situation.county()),
                      villages))));
      out.put(month, List.copyOf(scores));
    }
    return out;
  }

  private record Unit(
      String code,
      String name,
      long population,
      double[] raw,
      double[] normalised,
      List<Indicator> situationDrivers) {}

  private static Unit aggregate(
      Aggregates.Unit unit,
      double[][] raw,
      double[][] normalised,
      java.util.Optional<RiskScore> situation,
      List<Village> villages) {
    return new Unit(
        unit.code(),
        unit.name(),
        unit.population(),
        Aggregates.mean(unit, raw, villages),
        Aggregates.mean(unit, normalised, villages),
        situation.map(RiskScore::drivers).orElse(List.of()));
  }

  private static List<OutlookScore> rank(
      AreaLevel level, YearMonth month, YearMonth forecastMonth, List<Unit> units) {
    OutlookPart[] parts = OutlookPart.values();
    List<OutlookScore> unranked = new ArrayList<>();
    for (Unit unit : units) {
      List<OutlookComponent> components = new ArrayList<>();
      double score = 0;
      for (OutlookPart part : parts) {
        double contribution = 100 * part.weight() * unit.normalised()[part.ordinal()];
        score += contribution;
        components.add(
            new OutlookComponent(
                part,
                unit.raw()[part.ordinal()],
                unit.normalised()[part.ordinal()],
                part.weight(),
                contribution));
      }
      score = Math.min(100, Math.max(0, score));
      unranked.add(
          new OutlookScore(
              level,
              unit.code(),
              unit.name(),
              month,
              forecastMonth,
              unit.population(),
              score,
              RiskLevel.of(score),
              0,
              components,
              drivers(components, score),
              unit.situationDrivers()));
    }
    List<OutlookScore> sorted =
        unranked.stream()
            .sorted(
                Comparator.comparingDouble(OutlookScore::score)
                    .reversed()
                    .thenComparing(OutlookScore::code))
            .toList();
    List<OutlookScore> out = new ArrayList<>();
    for (int r = 0; r < sorted.size(); r++) {
      OutlookScore s = sorted.get(r);
      out.add(
          new OutlookScore(
              s.areaLevel(),
              s.code(),
              s.name(),
              s.month(),
              s.forecastMonth(),
              s.population(),
              s.score(),
              s.level(),
              r + 1,
              s.components(),
              s.drivers(),
              s.situationDrivers()));
    }
    return out;
  }

  /** The composite's rule: largest positive contributions until two thirds, two to three. */
  private static List<OutlookPart> drivers(List<OutlookComponent> components, double score) {
    List<OutlookComponent> sorted =
        components.stream()
            .filter(c -> c.contribution() > 0)
            .sorted(Comparator.comparingDouble(OutlookComponent::contribution).reversed())
            .toList();
    List<OutlookPart> out = new ArrayList<>();
    double covered = 0;
    for (OutlookComponent component : sorted) {
      if (out.size() == 3 || (out.size() >= 2 && covered >= MonthScorer.DRIVER_SHARE * score)) {
        break;
      }
      out.add(component.part());
      covered += component.contribution();
    }
    return out;
  }

  /** The 90th percentile of the village-month counts of the reference months, at least 1. */
  static double high(VillageCounts counts, int referenceMonths) {
    int n = counts.villages().size();
    double[] values = new double[referenceMonths * n];
    int k = 0;
    for (int t = 0; t < referenceMonths; t++) {
      for (int i = 0; i < n; i++) {
        values[k++] = counts.panel().count(t, i);
      }
    }
    double high =
        new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, 90);
    return Math.max(1, high);
  }

  private static long total(VillageCounts counts) {
    long total = 0;
    for (int t = 0; t < counts.monthCount(); t++) {
      for (int i = 0; i < counts.villages().size(); i++) {
        total += counts.panel().count(t, i);
      }
    }
    return total;
  }
}
