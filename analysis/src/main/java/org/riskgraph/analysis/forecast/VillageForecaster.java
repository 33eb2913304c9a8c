package org.riskgraph.analysis.forecast;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.riskgraph.graph.village.Village;

/**
 * Next month's counts per village, as docs/methods/forecast.md describes: the endemic–epidemic
 * model with the village attributes and the Spring Festival in its endemic part ({@link
 * #specification(VillageCounts)}), fitted by maximum likelihood on every month before the one
 * forecast. Immutable; may be shared between threads.
 */
public final class VillageForecaster {

  /** Bumped whenever the specification, the fitting or what is reported changes. */
  public static final String METHOD_VERSION = "riskgraph-forecast/1";

  /** Months of data needed before a forecast month: a full year, so that the season is seen. */
  public static final int MIN_HISTORY = 12;

  /** The village's usual month: this percentile of its counts over the last year. */
  static final double USUAL_PERCENTILE = 90;

  /**
   * The forecast's specification for a monthly village panel: base model of issue 16 without the
   * trend, with the Spring Festival month and the month before it, and the villages' {@code
   * complex} flag and circle in the endemic part (docs/methods/forecast.md, §5: each change with
   * its out-of-sample evidence).
   */
  public static Specification specification(VillageCounts counts) {
    return Specification.base(12)
        .withTrend(false)
        .withCovariates(SpringFestival.both(counts.firstMonth()))
        .withUnitCovariates(counts.attributes());
  }

  /** The months that can be forecast: from the 13th month of data to the month after the last. */
  public static boolean forecastable(VillageCounts counts, YearMonth month) {
    int index = counts.index(month);
    return index >= MIN_HISTORY && index <= counts.monthCount();
  }

  /**
   * The forecast of {@code month}, fitted on every month of data before it.
   *
   * @throws IllegalArgumentException when fewer than {@link #MIN_HISTORY} months precede it or it
   *     lies more than one month past the data
   */
  public MonthForecast forecast(VillageCounts counts, YearMonth month) {
    return forecast(counts, month, Optional.empty());
  }

  /** As {@link #forecast(VillageCounts, YearMonth)}, starting the fit from a previous one. */
  public MonthForecast forecast(VillageCounts counts, YearMonth month, Optional<ModelFit> start) {
    if (!forecastable(counts, month)) {
      throw new IllegalArgumentException(
          "can forecast "
              + counts.month(MIN_HISTORY)
              + ".."
              + counts.nextMonth()
              + " (a full year of data before the month, at most one month past it), not "
              + month);
    }
    int period = counts.index(month);
    CountPanel panel = counts.panel();
    ModelFit fit = new ModelFitter(specification(counts)).fit(panel, 1, period - 1, start);
    List<UnitForecast> units = Predictor.predict(panel, fit, period);
    List<VillageForecast> villages = new ArrayList<>();
    for (UnitForecast unit : units) {
      Village village = counts.villages().get(unit.unit());
      CountDistribution distribution = unit.distribution();
      double usual = usual(panel, period, unit.unit());
      villages.add(
          new VillageForecast(
              village.code(),
              village.name(),
              village.population(),
              unit.mean(),
              unit.endemic(),
              unit.autoregressive(),
              unit.neighbours(),
              interval(distribution, 0.80),
              interval(distribution, 0.95),
              usual,
              distribution.upperTail((int) Math.floor(usual)),
              period < panel.periods()
                  ? OptionalInt.of(panel.count(period, unit.unit()))
                  : OptionalInt.empty()));
    }
    return new MonthForecast(
        counts.kind(),
        month,
        METHOD_VERSION,
        counts.month(1),
        counts.month(period - 1),
        fit,
        villages);
  }

  /** Every forecastable month within the data, each fitted on the months before it. */
  public List<MonthForecast> oneStepAhead(VillageCounts counts) {
    List<MonthForecast> out = new ArrayList<>();
    Optional<ModelFit> previous = Optional.empty();
    for (int period = MIN_HISTORY; period <= counts.monthCount(); period++) {
      MonthForecast forecast = forecast(counts, counts.month(period), previous);
      previous = Optional.of(forecast.fit());
      out.add(forecast);
    }
    return out;
  }

  /** The one-step-ahead evaluation of the months within the data (docs, §6). */
  public Evaluation evaluate(VillageCounts counts) {
    return new OneStepAhead(new ModelFitter(specification(counts)), MIN_HISTORY)
        .run(counts.panel());
  }

  static VillageForecast.Interval interval(CountDistribution distribution, double level) {
    double tail = (1 - level) / 2;
    return new VillageForecast.Interval(
        distribution.quantile(tail), distribution.quantile(1 - tail));
  }

  /** The 90th percentile of the unit's counts over the (up to) 12 periods before. */
  static double usual(CountPanel panel, int period, int unit) {
    int from = Math.max(0, period - 12);
    double[] counts = new double[period - from];
    for (int t = from; t < period; t++) {
      counts[t - from] = panel.count(t, unit);
    }
    return new Percentile()
        .withEstimationType(Percentile.EstimationType.R_7)
        .evaluate(counts, USUAL_PERCENTILE);
  }
}
