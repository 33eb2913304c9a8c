package org.riskgraph.analysis.forecast;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** The one-step-ahead evaluation over every back-test period, with the model's PIT histogram. */
public record Evaluation(
    Specification specification, List<EvaluatedPeriod> periods, List<Double> pit) {

  public Evaluation {
    periods = List.copyOf(periods);
    pit = List.copyOf(pit);
  }

  public MeanScores meanScores(Rival rival) {
    return new MeanScores(
        mean(p -> p.score(rival).logarithmic()),
        mean(p -> p.score(rival).rankedProbability()),
        mean(p -> p.score(rival).dawidSebastiani()));
  }

  /** The periods in which the model's mean score of this kind beat both naive forecasts'. */
  public long periodsBetterThanBothNaives(ToDoubleFunction<MeanScores> score) {
    return periods.stream().filter(p -> p.modelBetterThanBothNaives(score)).count();
  }

  public double coverage80() {
    return mean(EvaluatedPeriod::coverage80);
  }

  /** The mean predictive probability of the 80% intervals (at least 0.8: counts are discrete). */
  public double nominal80() {
    return mean(EvaluatedPeriod::nominal80);
  }

  /**
   * The share of the PIT's probability within its central 80% (0.1..0.9): the calibration of the
   * central 80% with the discreteness of counts spread out as in the non-randomised PIT.
   */
  public double pitCentral80() {
    double sum = 0;
    for (int j = 1; j < pit.size() - 1; j++) {
      sum += pit.get(j);
    }
    return sum / pit.size();
  }

  public double coverage95() {
    return mean(EvaluatedPeriod::coverage95);
  }

  public double spearmanModel() {
    return mean(EvaluatedPeriod::spearmanModel);
  }

  public double spearmanLastCount() {
    return mean(EvaluatedPeriod::spearmanLastCount);
  }

  public double hitRateModel() {
    return mean(EvaluatedPeriod::hitRateModel);
  }

  public double hitRateLastCount() {
    return mean(EvaluatedPeriod::hitRateLastCount);
  }

  public double paiModel() {
    return mean(EvaluatedPeriod::paiModel);
  }

  public double paiLastCount() {
    return mean(EvaluatedPeriod::paiLastCount);
  }

  private double mean(ToDoubleFunction<EvaluatedPeriod> value) {
    return periods.stream().mapToDouble(value).average().orElse(Double.NaN);
  }
}
