package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Scores the units of one level in one month: score = 100 · Σ weight · normalised (clipped to
 * 0..100, which the weights summing to 1 already ensure), level, rank (ties by code), rank interval
 * with its stability flag, change, components and drivers.
 */
final class MonthScorer {

  /** Drivers cover at least this share of the score, with two at least and three at most. */
  static final double DRIVER_SHARE = 2.0 / 3;

  private final YearMonth month;
  private final double[] weights;
  private final RankIntervals intervals;

  MonthScorer(YearMonth month, double[] weights, RankIntervals intervals) {
    this.month = month;
    this.weights = weights.clone();
    this.intervals = intervals;
  }

  List<RiskScore> score(
      AreaLevel level, List<RiskAnalysis.Unit> units, List<RiskScore> previousMonth) {
    int n = units.size();
    double[] score = new double[n];
    double[][] normalised = new double[n][];
    for (int u = 0; u < n; u++) {
      normalised[u] = units.get(u).normalised();
      score[u] = score(normalised[u]);
    }
    Integer[] order = new Integer[n];
    for (int u = 0; u < n; u++) {
      order[u] = u;
    }
    Arrays.sort(order, (a, b) -> RankIntervals.byScore(score, a, b));
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[order[r]] = r + 1;
    }
    RankInterval[] interval =
        n > 1 ? intervals.intervals(normalised) : new RankInterval[] {new RankInterval(1, 1)};
    List<RiskScore> out = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      int u = order[r];
      RiskAnalysis.Unit unit = units.get(u);
      List<Component> components = components(unit);
      EnumSet<RiskFlag> flags = EnumSet.copyOf(unit.flags());
      if (RankIntervals.unstable(interval[u], n)) {
        flags.add(RiskFlag.UNSTABLE_RANK);
      }
      out.add(
          new RiskScore(
              level,
              unit.code(),
              unit.name(),
              month,
              unit.population(),
              score[u],
              RiskLevel.of(score[u]),
              rank[u],
              interval[u],
              RiskAnalysis.change(score[u], previousMonth, unit.code()),
              components,
              drivers(components, score[u]),
              flags));
    }
    return out;
  }

  private double score(double[] normalised) {
    double sum = 0;
    for (int k = 0; k < weights.length; k++) {
      sum += 100 * weights[k] * normalised[k];
    }
    return Math.min(100, Math.max(0, sum));
  }

  private List<Component> components(RiskAnalysis.Unit unit) {
    List<Component> out = new ArrayList<>();
    for (Indicator indicator : Indicator.values()) {
      int k = indicator.ordinal();
      out.add(
          new Component(
              indicator,
              unit.raw()[k],
              unit.normalised()[k],
              weights[k],
              100 * weights[k] * unit.normalised()[k]));
    }
    return out;
  }

  /**
   * The largest positive contributions, in order, until they cover two thirds of the score: at
   * least two (when two are positive), at most three.
   */
  static List<Indicator> drivers(List<Component> components, double score) {
    List<Component> sorted =
        components.stream()
            .filter(c -> c.contribution() > 0)
            .sorted(Comparator.comparingDouble(Component::contribution).reversed())
            .toList();
    List<Indicator> out = new ArrayList<>();
    double covered = 0;
    for (Component component : sorted) {
      if (out.size() == 3 || (out.size() >= 2 && covered >= DRIVER_SHARE * score)) {
        break;
      }
      out.add(component.indicator());
      covered += component.contribution();
    }
    return out;
  }
}
