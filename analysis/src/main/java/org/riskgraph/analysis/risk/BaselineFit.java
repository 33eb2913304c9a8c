package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.Objects;

/**
 * How the surprise of one month was computed: the months of the baseline window, the pooled Pearson
 * dispersion over every village's window (1 for Poisson counts), its χ² p-value, the model chosen
 * and, for the negative binomial, its dispersion α (variance = μ + α μ²).
 */
public record BaselineFit(
    YearMonth month,
    int windowMonths,
    double dispersion,
    double dispersionP,
    BaselineModel model,
    double alpha) {

  public BaselineFit {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(model, "model");
  }

  static BaselineFit none(YearMonth month, int windowMonths) {
    return new BaselineFit(month, windowMonths, Double.NaN, Double.NaN, BaselineModel.NONE, 0);
  }
}
