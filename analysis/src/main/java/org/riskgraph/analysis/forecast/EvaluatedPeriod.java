package org.riskgraph.analysis.forecast;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How the forecasts of one period did against what happened: mean scores of the model and of both
 * naive forecasts; the share of units whose count fell in the model's 80% and 95% intervals (and
 * the mean predictive probability of the 80% intervals, above 0.8 because counts are discrete); the
 * Spearman correlation between the forecast means and the counts (for the model and for last
 * period's count); the hit rate of the top 10% of units by forecast (their share of all events) and
 * its predictive accuracy index, the hit rate divided by the share of units flagged.
 */
public record EvaluatedPeriod(
    int period,
    ModelFit fit,
    Map<Rival, MeanScores> scores,
    double coverage80,
    double nominal80,
    double coverage95,
    double spearmanModel,
    double spearmanLastCount,
    double hitRateModel,
    double hitRateLastCount,
    double flaggedShare) {

  public EvaluatedPeriod {
    scores = Map.copyOf(new EnumMap<>(scores));
  }

  public MeanScores score(Rival rival) {
    return scores.get(rival);
  }

  public double paiModel() {
    return hitRateModel / flaggedShare;
  }

  public double paiLastCount() {
    return hitRateLastCount / flaggedShare;
  }

  /** The model's mean score of this kind is below both naive forecasts'. */
  public boolean modelBetterThanBothNaives(ToDoubleFunction<MeanScores> score) {
    double model = score.applyAsDouble(score(Rival.MODEL));
    return model < score.applyAsDouble(score(Rival.LAST_COUNT))
        && model < score.applyAsDouble(score(Rival.YEAR_MEAN));
  }
}
