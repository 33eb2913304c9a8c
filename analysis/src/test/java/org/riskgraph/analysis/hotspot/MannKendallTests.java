package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MannKendallTests {

  @Test
  void countsConcordantMinusDiscordantPairsByHand() {
    // 1, 3, 2, 4: pairs (1,3)+ (1,2)+ (1,4)+ (3,2)− (3,4)+ (2,4)+ → S = 5 − 1 = 4
    // Var = 4·3·13/18 = 8.6667, Z = (4 − 1)/√8.6667 = 1.0190493, p = 0.3081795
    MannKendallTrend trend = MannKendall.test(new double[] {1, 3, 2, 4});

    assertThat(trend.s()).isEqualTo(4);
    assertThat(trend.varianceS()).isCloseTo(156.0 / 18, within(1e-12));
    assertThat(trend.z()).isCloseTo(1.0190493, within(1e-7));
    assertThat(trend.p()).isCloseTo(0.3081795, within(1e-7));
  }

  @Test
  void correctsVarianceForTiesAndCountsTiedPairsAsZero() {
    // 2, 2, 2, 5: S = 0 + 0 + 1 + 0 + 1 + 1 = 3; one tie group of 3:
    // Var = (4·3·13 − 3·2·11)/18 = (156 − 66)/18 = 5, Z = (3 − 1)/√5 = 0.8944272
    MannKendallTrend trend = MannKendall.test(new double[] {2, 2, 2, 5});

    assertThat(trend.s()).isEqualTo(3);
    assertThat(trend.varianceS()).isCloseTo(5, within(1e-12));
    assertThat(trend.z()).isCloseTo(0.8944272, within(1e-7));
  }

  @Test
  void appliesContinuityCorrectionTowardsZeroForFallingSeries() {
    // 4, 3, 2, 1: S = −6, Var = 8.6667, Z = (−6 + 1)/√8.6667 = −1.6984156
    MannKendallTrend trend = MannKendall.test(new double[] {4, 3, 2, 1});

    assertThat(trend.s()).isEqualTo(-6);
    assertThat(trend.z()).isCloseTo(-1.6984156, within(1e-7));
  }

  @Test
  void reportsNoTrendForAConstantSeries() {
    MannKendallTrend trend = MannKendall.test(new double[] {7, 7, 7, 7, 7});

    assertThat(trend.s()).isZero();
    assertThat(trend.varianceS()).isZero();
    assertThat(trend.z()).isZero();
    assertThat(trend.p()).isEqualTo(1.0);
  }
}
