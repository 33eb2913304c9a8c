package org.riskgraph.analysis.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The exact conditional interval of a rate ratio against hand and published values. */
class RateRatioTests {

  @Test
  void oneAgainstOneHasTheClosedFormClopperPearsonLimits() {
    // n = 2, x = 1: P(X ≥ 1 | p) = 1 − (1 − p)² = 0.025 gives p_L = 1 − √0.975, and by symmetry
    // p_U = √0.975; the ratio limits are p / (1 − p).
    RateRatio rr = RateRatio.of(1, 1);

    double pLow = 1 - Math.sqrt(0.975);
    assertThat(rr.estimate()).isEqualTo(1.0);
    assertThat(rr.lower()).isCloseTo(pLow / (1 - pLow), within(1e-9));
    assertThat(rr.lower()).isCloseTo(0.012739, within(1e-6));
    assertThat(rr.upper()).isCloseTo(78.4973, within(1e-3));
    assertThat(rr.significant()).isFalse();
  }

  @Test
  void zeroAgainstFourHasLowerLimitZeroAndUpperLimitFromTheBinomialTail() {
    // x = 0 of n = 4: (1 − p_U)^4 = 0.025, so p_U / (1 − p_U) = 0.025^(−1/4) − 1 = 1.51487.
    RateRatio rr = RateRatio.of(0, 4);

    assertThat(rr.estimate()).isEqualTo(0.0);
    assertThat(rr.lower()).isEqualTo(0.0);
    assertThat(rr.upper()).isCloseTo(Math.pow(0.025, -0.25) - 1, within(1e-9));
    assertThat(rr.upper()).isCloseTo(1.51487, within(1e-5));
    assertThat(rr.significant()).isFalse();
  }

  @Test
  void threeAgainstNoneIsUnboundedAboveButStillNotSignificant() {
    // x = n = 3: p_L³ = 0.025, p_L = 0.29240, ratio limit 0.29240 / 0.70760 = 0.41323.
    RateRatio rr = RateRatio.of(3, 0);

    assertThat(rr.estimate()).isNull();
    assertThat(rr.upper()).isNull();
    double pLow = Math.cbrt(0.025);
    assertThat(rr.lower()).isCloseTo(pLow / (1 - pLow), within(1e-9));
    assertThat(rr.lower()).isCloseTo(0.41323, within(1e-5));
    assertThat(rr.significant()).isFalse();
  }

  @Test
  void eightAgainstNoneIsSignificant() {
    // p_L = 0.025^(1/8) = 0.63119, ratio 1.711 > 1.
    RateRatio rr = RateRatio.of(8, 0);

    assertThat(rr.lower())
        .isCloseTo(Math.pow(0.025, 0.125) / (1 - Math.pow(0.025, 0.125)), within(1e-9));
    assertThat(rr.significant()).isTrue();
    assertThat(rr.direction()).isEqualTo(1);
  }

  @Test
  void noEventsTellNothing() {
    RateRatio rr = RateRatio.of(0, 0);

    assertThat(rr.estimate()).isNull();
    assertThat(rr.lower()).isNull();
    assertThat(rr.upper()).isNull();
    assertThat(rr.significant()).isFalse();
    assertThat(rr.direction()).isZero();
  }

  @Test
  void matchesFaysPublishedExampleWithUnequalExposures() {
    // M. P. Fay, "Testing the Ratio of Two Poisson Rates" (vignette of the R package
    // rateratio.test, 2022), section 1: 2 events in 17,877 and 9 in 16,660 units of time give the
    // rate ratio 0.2070941557 with the exact 95% interval 0.02177406 to 1.00054910.
    RateRatio rr = RateRatio.of(2, 17_877, 9, 16_660);

    assertThat(rr.estimate()).isCloseTo(0.2070941557, within(1e-9));
    assertThat(rr.lower()).isCloseTo(0.02177406, within(1e-7));
    assertThat(rr.upper()).isCloseTo(1.00054910, within(1e-7));
    assertThat(rr.significant()).as("the interval just includes 1").isFalse();
  }

  @Test
  void aClearRiseOnLargeCountsIsSignificantAndADropIsSignedDown() {
    assertThat(RateRatio.of(150, 100).direction()).isEqualTo(1);
    assertThat(RateRatio.of(60, 100).direction()).isEqualTo(-1);
    assertThat(RateRatio.of(12, 10).direction()).isZero();
  }
}
