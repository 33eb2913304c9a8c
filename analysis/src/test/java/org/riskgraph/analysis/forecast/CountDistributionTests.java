package org.riskgraph.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.PascalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

/** Probabilities, quantiles and scores against Commons Math and hand computations. */
class CountDistributionTests {

  @Test
  void agreesWithCommonsMathForIntegerSizesAndPoisson() {
    CountDistribution nb = CountDistribution.negativeBinomial(6, 3);
    PascalDistribution pascal = new PascalDistribution(3, 3.0 / (3 + 6));
    double[] cumulative = nb.cumulative(60);
    for (int k = 0; k <= 60; k++) {
      assertThat(Math.exp(nb.logProbability(k))).isCloseTo(pascal.probability(k), within(1e-13));
      assertThat(cumulative[k]).isCloseTo(pascal.cumulativeProbability(k), within(1e-12));
      assertThat(nb.cdf(k)).isCloseTo(pascal.cumulativeProbability(k), within(1e-12));
    }
    CountDistribution poisson = CountDistribution.poisson(4.5);
    PoissonDistribution reference = new PoissonDistribution(4.5);
    for (int k = 0; k <= 30; k++) {
      assertThat(poisson.cdf(k)).isCloseTo(reference.cumulativeProbability(k), within(1e-12));
      assertThat(poisson.quantile(0.9)).isEqualTo(reference.inverseCumulativeProbability(0.9));
    }
    assertThat(nb.quantile(0.1)).isEqualTo(pascal.inverseCumulativeProbability(0.1));
    assertThat(nb.quantile(0.975)).isEqualTo(pascal.inverseCumulativeProbability(0.975));
  }

  @Test
  void keepsTheDigitsOfSmallUpperTails() {
    CountDistribution poisson = CountDistribution.poisson(2);

    assertThat(poisson.upperTail(4)).isCloseTo(1 - 7 * Math.exp(-2), within(1e-15));
    assertThat(poisson.upperTail(40)).isGreaterThan(0).isLessThan(1e-25);
  }

  @Test
  void scoresAPoissonForecastAsByHand() {
    CountDistribution poisson = CountDistribution.poisson(2);

    assertThat(Scores.logarithmic(poisson, 0)).isCloseTo(2, within(1e-12));
    assertThat(Scores.logarithmic(poisson, 3))
        .isCloseTo(-Math.log(8 * Math.exp(-2) / 6), within(1e-12));
    assertThat(Scores.dawidSebastiani(poisson, 4)).isCloseTo(4.0 / 2 + Math.log(2), within(1e-12));
    double f0 = Math.exp(-2);
    double f1 = 3 * Math.exp(-2);
    double rps = 0;
    double[] cdf = poisson.cumulative(200);
    for (int k = 0; k < 200; k++) {
      double step = k >= 1 ? 1 : 0;
      rps += (cdf[k] - step) * (cdf[k] - step);
    }
    assertThat(Scores.rankedProbability(poisson, 1)).isCloseTo(rps, within(1e-12));
    assertThat(rps).isGreaterThan(f0 * f0 + (f1 - 1) * (f1 - 1));
  }

  @Test
  void refusesImpossibleParameters() {
    assertThatThrownBy(() -> CountDistribution.negativeBinomial(-1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> CountDistribution.negativeBinomial(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
