package org.riskgraph.analysis.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * One-step-ahead evaluation with rolling refits (R: {@code oneStepAhead(type = "rolling")}): for
 * each back-test period T, the model is fitted on periods 1..T−1 (period 0 as the first lag),
 * starting from the previous refit's estimates, and its forecast of T is scored against the count
 * of T, beside the two naive Poisson forecasts.
 */
public final class OneStepAhead {

  /** Share of units flagged for the hit rate and PAI: the top 10%. */
  static final double FLAGGED = 0.10;

  private final ModelFitter fitter;
  private final int firstForecast;

  /**
   * @param firstForecast the first period forecast; the first fit uses the periods before it
   */
  public OneStepAhead(ModelFitter fitter, int firstForecast) {
    if (firstForecast < 3) {
      throw new IllegalArgumentException("need at least 3 periods before the first forecast");
    }
    this.fitter = fitter;
    this.firstForecast = firstForecast;
  }

  public Evaluation run(CountPanel panel) {
    int n = panel.unitCount();
    int flagged = Math.max(1, (int) Math.round(FLAGGED * n));
    Pit pit = new Pit(10);
    SpearmansCorrelation spearman = new SpearmansCorrelation();
    List<EvaluatedPeriod> periods = new ArrayList<>();
    Optional<ModelFit> previous = Optional.empty();
    for (int period = firstForecast; period < panel.periods(); period++) {
      ModelFit fit = fitter.fit(panel, 1, period - 1, previous);
      previous = Optional.of(fit);
      List<UnitForecast> forecasts = Predictor.predict(panel, fit, period);
      double[][] sums = new double[Rival.values().length][3];
      double[] mean = new double[n];
      double[] last = new double[n];
      double[] observed = new double[n];
      int inside80 = 0;
      double nominal80 = 0;
      int inside95 = 0;
      for (int i = 0; i < n; i++) {
        int y = panel.count(period, i);
        CountDistribution model = forecasts.get(i).distribution();
        add(sums[Rival.MODEL.ordinal()], model, y);
        add(sums[Rival.LAST_COUNT.ordinal()], Naive.lastCount(panel, period, i), y);
        add(sums[Rival.YEAR_MEAN.ordinal()], Naive.yearMean(panel, period, i), y);
        pit.add(model, y);
        int low = model.quantile(0.1);
        int high = model.quantile(0.9);
        nominal80 += model.cdf(high) - model.cdf(low - 1);
        if (y >= low && y <= high) {
          inside80++;
        }
        if (y >= model.quantile(0.025) && y <= model.quantile(0.975)) {
          inside95++;
        }
        mean[i] = model.mean();
        last[i] = panel.count(period - 1, i);
        observed[i] = y;
      }
      Map<Rival, MeanScores> scores = new EnumMap<>(Rival.class);
      for (Rival rival : Rival.values()) {
        double[] sum = sums[rival.ordinal()];
        scores.put(rival, new MeanScores(sum[0] / n, sum[1] / n, sum[2] / n));
      }
      periods.add(
          new EvaluatedPeriod(
              period,
              fit,
              scores,
              (double) inside80 / n,
              nominal80 / n,
              (double) inside95 / n,
              spearman.correlation(mean, observed),
              spearman.correlation(last, observed),
              hitRate(mean, observed, flagged),
              hitRate(last, observed, flagged),
              (double) flagged / n));
    }
    return new Evaluation(fitter.specification(), periods, pit.histogram());
  }

  private static void add(double[] sum, CountDistribution forecast, int y) {
    sum[0] += Scores.logarithmic(forecast, y);
    sum[1] += Scores.rankedProbability(forecast, y);
    sum[2] += Scores.dawidSebastiani(forecast, y);
  }

  /** Share of all observed events in the {@code flagged} units ranked highest (ties by index). */
  static double hitRate(double[] ranking, double[] observed, int flagged) {
    Integer[] order = new Integer[ranking.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(ranking[b], ranking[a]));
    double total = Arrays.stream(observed).sum();
    double hits = 0;
    for (int k = 0; k < flagged; k++) {
      hits += observed[order[k]];
    }
    return total > 0 ? hits / total : Double.NaN;
  }
}
