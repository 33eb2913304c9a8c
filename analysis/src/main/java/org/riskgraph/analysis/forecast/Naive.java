package org.riskgraph.analysis.forecast;

/** The two naive forecasts the model must beat: both Poisson. */
final class Naive {

  /**
   * A Poisson mean of 0 gives an observed count above 0 probability 0 and an infinite log score;
   * the naive means are therefore at least ½ (the same half an event the risk baseline adds).
   */
  static final double FLOOR = 0.5;

  static final int YEAR = 12;

  private Naive() {}

  static CountDistribution lastCount(CountPanel panel, int period, int unit) {
    return CountDistribution.poisson(Math.max(FLOOR, panel.count(period - 1, unit)));
  }

  static CountDistribution yearMean(CountPanel panel, int period, int unit) {
    int from = Math.max(0, period - YEAR);
    double sum = 0;
    for (int t = from; t < period; t++) {
      sum += panel.count(t, unit);
    }
    return CountDistribution.poisson(Math.max(FLOOR, sum / (period - from)));
  }
}
