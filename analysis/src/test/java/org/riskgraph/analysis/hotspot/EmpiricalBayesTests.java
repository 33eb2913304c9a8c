package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EmpiricalBayesTests {

  @Test
  void shrinksRatesTowardsTheCountyRateByHand() {
    // O = (2, 6, 0, 12), P = (1000, 2000, 500, 1500): ΣO = 20, ΣP = 5000, m = 0.004
    // r = (0.002, 0.003, 0, 0.008)
    // s² = (1000·0.002² + 2000·0.001² + 500·0.004² + 1500·0.004²)/5000 = 0.038/5000 = 7.6e-6
    // a = s² − m/(ΣP/n) = 7.6e-6 − 0.004/1250 = 4.4e-6
    // EB₁ = 0.004 + 4.4/(4.4 + 4)·(−0.002) = 0.0029523810
    // EB₂ = 0.004 + 4.4/(4.4 + 2)·(−0.001) = 0.0033125
    // EB₃ = 0.004 + 4.4/(4.4 + 8)·(−0.004) = 0.0025806452
    // EB₄ = 0.004 + 4.4/(4.4 + 8/3)·(0.004) = 0.0064905660   (spdep EBest prints the same)
    EmpiricalBayes.Estimate estimate =
        EmpiricalBayes.estimate(new long[] {2, 6, 0, 12}, new long[] {1000, 2000, 500, 1500});

    assertThat(estimate.m()).isCloseTo(0.004, within(1e-15));
    assertThat(estimate.s2()).isCloseTo(7.6e-6, within(1e-18));
    assertThat(estimate.a()).isCloseTo(4.4e-6, within(1e-18));
    assertThat(estimate.raw())
        .containsExactly(new double[] {0.002, 0.003, 0, 0.008}, within(1e-15));
    assertThat(estimate.smoothed())
        .containsExactly(
            new double[] {0.0029523809524, 0.0033125, 0.0025806451613, 0.0064905660377},
            within(1e-12));
  }

  @Test
  void givesEveryAreaTheCountyRateWhenRatesVaryLessThanPoissonNoise() {
    // O = (5, 5, 4), P = (1000, 1000, 1000): m = 14/3000, s² = (2·(1/3000)² + (2/3000)²)/3 = 2e-6/9
    // m/(ΣP/n) = (14/3000)/1000 = 4.67e-6 > s², so a < 0 is set to 0 and every EB rate is m
    EmpiricalBayes.Estimate estimate =
        EmpiricalBayes.estimate(new long[] {5, 5, 4}, new long[] {1000, 1000, 1000});

    assertThat(estimate.a()).isZero();
    assertThat(estimate.smoothed()).containsOnly(14.0 / 3000);
  }

  @Test
  void leavesAllRatesAtZeroWhenThereAreNoEvents() {
    EmpiricalBayes.Estimate estimate =
        EmpiricalBayes.estimate(new long[] {0, 0}, new long[] {10, 20});

    assertThat(estimate.smoothed()).containsOnly(0.0);
  }

  @Test
  void refusesAnAreaWithoutResidents() {
    assertThatThrownBy(() -> EmpiricalBayes.estimate(new long[] {1, 2}, new long[] {100, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("population");
  }
}
