package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.riskgraph.graph.village.Village;

/**
 * Where is the county unstable this month, and why? Scores every village, township and the county
 * for every month of the inputs: indicators → fixed-scale normalisation → weighted sum on 0..100 →
 * level, rank, change, components, drivers, rank interval and flags; then, for every month with a
 * year of data behind the month after it, the leaders' outlook for that next month from the
 * incident forecast ({@link Outlook}). An instance holds only its settings: it is immutable and may
 * be shared between threads. Same inputs and settings (seed included), same assessment.
 */
public final class RiskAnalysis {

  /** Bumped whenever an indicator, a scale, a default or the aggregation changes. */
  public static final String METHOD_VERSION = "riskgraph-risk/2";

  static final String COUNTY_CODE = "county";
  static final String COUNTY_NAME = "全县";

  private final RiskSettings settings;

  public RiskAnalysis(RiskSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public RiskSettings settings() {
    return settings;
  }

  public RiskAssessment assess(RiskInputs inputs) {
    int months = inputs.villages().isEmpty() ? 0 : inputs.monthCount();
    RawIndicators raw = new RawIndicators(inputs, settings);
    int reference = Math.min(settings.referenceMonths(), months);
    Map<Indicator, ReferenceScale> scales = ReferenceScales.of(raw, inputs, settings, reference);
    RiskMethod method =
        new RiskMethod(
            METHOD_VERSION,
            settings,
            reference == 0 ? Optional.empty() : Optional.of(inputs.firstMonth()),
            reference == 0
                ? Optional.empty()
                : Optional.of(inputs.firstMonth().plusMonths(reference - 1)),
            scales);
    List<Village> villages = inputs.villages();
    List<Aggregates.Unit> townships = Aggregates.townships(inputs.townships(), villages);
    Aggregates.Unit county = Aggregates.county(COUNTY_NAME, villages);
    double[] weights = new double[Indicator.values().length];
    for (Indicator indicator : Indicator.values()) {
      weights[indicator.ordinal()] = settings.weight(indicator);
    }
    BaselineFit[] fits = raw.fits();
    List<MonthRisk> out = new ArrayList<>(months);
    MonthRisk previous = null;
    for (int t = 0; t < months; t++) {
      YearMonth month = inputs.firstMonth().plusMonths(t);
      double[][] villageRaw = new double[villages.size()][weights.length];
      double[][] villageNorm = new double[villages.size()][weights.length];
      List<EnumSet<RiskFlag>> villageFlags = new ArrayList<>();
      for (int v = 0; v < villages.size(); v++) {
        for (Indicator indicator : Indicator.values()) {
          double value = raw.raw(indicator, v, t);
          villageRaw[v][indicator.ordinal()] = value;
          villageNorm[v][indicator.ordinal()] = scales.get(indicator).normalise(value);
        }
        villageFlags.add(raw.flags(v, t));
      }
      RankIntervals intervals =
          new RankIntervals(
              weights,
              settings.monteCarloDraws(),
              settings.weightJitter(),
              RankIntervals.seedFor(settings.seed(), month));
      List<Unit> villageUnits = new ArrayList<>();
      for (int v = 0; v < villages.size(); v++) {
        Village village = villages.get(v);
        villageUnits.add(
            new Unit(
                village.code(),
                village.name(),
                village.population(),
                villageRaw[v],
                villageNorm[v],
                villageFlags.get(v)));
      }
      List<Unit> townshipUnits = new ArrayList<>();
      for (Aggregates.Unit township : townships) {
        townshipUnits.add(aggregate(township, villageRaw, villageNorm, villageFlags, villages));
      }
      Unit countyUnit = aggregate(county, villageRaw, villageNorm, villageFlags, villages);
      MonthScorer scorer = new MonthScorer(month, weights, intervals);
      List<RiskScore> villageScores =
          scorer.score(
              AreaLevel.VILLAGE, villageUnits, previous == null ? List.of() : previous.villages());
      List<RiskScore> townshipScores =
          scorer.score(
              AreaLevel.TOWNSHIP,
              townshipUnits,
              previous == null ? List.of() : previous.townships());
      RiskScore countyScore =
          scorer
              .score(
                  AreaLevel.COUNTY,
                  List.of(countyUnit),
                  previous == null ? List.of() : List.of(previous.county()))
              .getFirst();
      previous =
          new MonthRisk(month, villageScores, townshipScores, countyScore, fits[t], List.of());
      out.add(previous);
    }
    Map<YearMonth, List<OutlookScore>> outlook = Outlook.of(inputs, out, reference);
    List<MonthRisk> withOutlook = new ArrayList<>(out.size());
    for (MonthRisk month : out) {
      withOutlook.add(
          new MonthRisk(
              month.month(),
              month.villages(),
              month.townships(),
              month.county(),
              month.baseline(),
              outlook.getOrDefault(month.month(), List.of())));
    }
    return new RiskAssessment(method, withOutlook);
  }

  private static Unit aggregate(
      Aggregates.Unit unit,
      double[][] raw,
      double[][] normalised,
      List<EnumSet<RiskFlag>> flags,
      List<Village> villages) {
    return new Unit(
        unit.code(),
        unit.name(),
        unit.population(),
        Aggregates.mean(unit, raw, villages),
        Aggregates.mean(unit, normalised, villages),
        Aggregates.flags(unit, flags, villages));
  }

  /** One unit to score: raw and normalised value per indicator, and its thin-data flags. */
  record Unit(
      String code,
      String name,
      long population,
      double[] raw,
      double[] normalised,
      EnumSet<RiskFlag> flags) {}

  static OptionalDouble change(double score, List<RiskScore> previous, String code) {
    for (RiskScore before : previous) {
      if (before.code().equals(code)) {
        return OptionalDouble.of(score - before.score());
      }
    }
    return OptionalDouble.empty();
  }
}
