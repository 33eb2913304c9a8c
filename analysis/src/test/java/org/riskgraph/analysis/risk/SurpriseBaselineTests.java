package org.riskgraph.analysis.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class SurpriseBaselineTests {

  private static final YearMonth START = YearMonth.of(2024, 11);

  @Test
  void choosesPoissonForPoissonCountsAndNegativeBinomialForOverDispersedOnes() {
    int[][] poisson = counts(60, 24, 8, 0, 1);
    int[][] overDispersed = counts(60, 24, 8, 0.5, 2);
    int[] township = new int[60];
    for (int v = 0; v < 60; v++) {
      township[v] = v % 4;
    }

    SurpriseBaseline.Result calm = SurpriseBaseline.compute(poisson, township, 4, START);
    SurpriseBaseline.Result wild = SurpriseBaseline.compute(overDispersed, township, 4, START);

    BaselineFit calmLast = calm.fits()[23];
    BaselineFit wildLast = wild.fits()[23];
    assertThat(calmLast.windowMonths()).isEqualTo(12);
    assertThat(calmLast.dispersion()).isCloseTo(1.0, within(0.15));
    assertThat(wildLast.model()).isEqualTo(BaselineModel.NEGATIVE_BINOMIAL);
    assertThat(wildLast.alpha()).isCloseTo(0.5, within(0.2));
    long poissonMonths =
        java.util.Arrays.stream(calm.fits())
            .filter(f -> f.model() == BaselineModel.POISSON)
            .count();
    assertThat(poissonMonths).isGreaterThanOrEqualTo(19);
  }

  @Test
  void hasNoBaselineForTheFirstThreeMonthsAndAShortOneUntilTwelve() {
    SurpriseBaseline.Result result =
        SurpriseBaseline.compute(counts(10, 15, 5, 0, 3), new int[10], 1, START);

    assertThat(result.fits()[2].model()).isEqualTo(BaselineModel.NONE);
    assertThat(result.surprise()[0][2]).isZero();
    assertThat(result.fits()[3].model()).isNotEqualTo(BaselineModel.NONE);
    assertThat(result.windowMonths()[5]).isEqualTo(5);
    assertThat(result.windowMonths()[14]).isEqualTo(12);
  }

  @Test
  void findsATownshipSurgeThatTheRestOfTheCountyDoesNotShare() {
    int[][] counts = counts(40, 18, 10, 0, 4);
    int[] township = new int[40];
    for (int v = 0; v < 40; v++) {
      township[v] = v / 10;
      if (township[v] == 0) {
        counts[v][17] *= 3;
      }
    }

    SurpriseBaseline.Result result = SurpriseBaseline.compute(counts, township, 4, START);

    for (int v = 0; v < 40; v++) {
      if (township[v] == 0) {
        assertThat(result.surprise()[v][17]).as("village %d", v).isGreaterThan(2);
      }
    }
  }

  @Test
  void theVillagesOwnCountThisMonthDoesNotMoveItsExpectation() {
    int[][] counts = counts(20, 16, 6, 0, 5);
    int[] township = new int[20];
    for (int v = 0; v < 20; v++) {
      township[v] = v % 2;
    }
    double before = SurpriseBaseline.compute(counts, township, 2, START).surprise()[3][15];
    int x = counts[3][15];
    counts[3][15] = x + 4;

    double after = SurpriseBaseline.compute(counts, township, 2, START).surprise()[3][15];

    double mean = impliedPoissonMean(before, x);
    assertThat(after).isGreaterThan(before);
    assertThat(UpperTail.surprise(UpperTail.poisson(x + 4, mean))).isCloseTo(after, within(1e-6));
  }

  /**
   * Counts of mean {@code mean}, Poisson or (α > 0) gamma-mixed Poisson, i.e. negative binomial.
   */
  private static int[][] counts(int villages, int months, double mean, double alpha, int seed) {
    Well19937c random = new Well19937c(seed);
    int[][] out = new int[villages][months];
    for (int v = 0; v < villages; v++) {
      for (int t = 0; t < months; t++) {
        double mu =
            alpha > 0 ? new GammaDistribution(random, 1 / alpha, mean * alpha).sample() : mean;
        out[v][t] = mu > 0 ? new PoissonDistribution(random, mu, 1e-12, 10_000_000).sample() : 0;
      }
    }
    return out;
  }

  /** The Poisson mean at which a count of x has the given surprise (bisection). */
  private static double impliedPoissonMean(double surprise, int x) {
    double low = 1e-6;
    double high = 1_000;
    for (int i = 0; i < 200; i++) {
      double mid = (low + high) / 2;
      if (UpperTail.surprise(UpperTail.poisson(x, mid)) > surprise) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return (low + high) / 2;
  }
}
