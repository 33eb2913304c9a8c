package org.riskgraph.analysis.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.PascalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

class UpperTailTests {

  @Test
  void poissonTailMatchesTheHandComputation() {
    // P(X ≥ 5 | μ = 2) = 1 − e^−2 (1 + 2 + 2 + 4/3 + 2/3) = 1 − 7 e^−2
    double byHand = 1 - 7 * Math.exp(-2);

    assertThat(UpperTail.poisson(5, 2)).isCloseTo(byHand, within(1e-12));
    assertThat(byHand).isCloseTo(0.052653, within(1e-6));
  }

  @Test
  void negativeBinomialTailMatchesTheHandComputation() {
    // size r = 2 (α = 1/2), mean 2: P(X = k) = (k + 1) · (1/2)² · (1/2)^k,
    // P(X ≥ 4) = 1 − (1/4 + 2/8 + 3/16 + 4/32) = 1 − 13/16 = 3/16
    assertThat(UpperTail.negativeBinomial(4, 2, 0.5)).isCloseTo(3.0 / 16, within(1e-12));
  }

  @Test
  void agreesWithCommonsMathDistributionsWhereOneMinusCdfIsAccurate() {
    PoissonDistribution poisson = new PoissonDistribution(7.3);
    PascalDistribution pascal = new PascalDistribution(3, 3.0 / (3 + 7.3));
    for (int x = 1; x <= 20; x++) {
      assertThat(UpperTail.poisson(x, 7.3))
          .as("Poisson x=%d", x)
          .isCloseTo(1 - poisson.cumulativeProbability(x - 1), within(1e-10));
      assertThat(UpperTail.negativeBinomial(x, 7.3, 1.0 / 3))
          .as("NB x=%d", x)
          .isCloseTo(1 - pascal.cumulativeProbability(x - 1), within(1e-10));
    }
  }

  @Test
  void keepsTheDigitsOfTinyTailsThatOneMinusCdfLoses() {
    // P(X ≥ 30 | μ = 1) ≈ e^−1 / 30! (the first term dominates: the next is 1/31 of it)
    double leading = Math.exp(-1 - logFactorial(30));

    double tail = UpperTail.poisson(30, 1);

    assertThat(1 - new PoissonDistribution(1).cumulativeProbability(29)).isZero();
    assertThat(tail).isBetween(leading, leading * 1.04);
    assertThat(UpperTail.surprise(tail)).isEqualTo(UpperTail.MAX_SURPRISE);
    assertThat(UpperTail.surprise(UpperTail.poisson(5, 2)))
        .isCloseTo(-Math.log10(1 - 7 * Math.exp(-2)), within(1e-12));
  }

  @Test
  void aZeroCountIsNeverSurprising() {
    assertThat(UpperTail.poisson(0, 4)).isEqualTo(1);
    assertThat(UpperTail.negativeBinomial(0, 4, 0.3)).isEqualTo(1);
    assertThat(UpperTail.surprise(1)).isZero();
  }

  private static double logFactorial(int n) {
    double sum = 0;
    for (int k = 2; k <= n; k++) {
      sum += Math.log(k);
    }
    return sum;
  }
}
