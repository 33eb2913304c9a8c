package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenjaminiHochbergTests {

  @Test
  void adjustsByHand() {
    // p = (0.01, 0.04, 0.03, 0.005), m = 4; sorted 0.005, 0.01, 0.03, 0.04 with ranks 1..4
    // m·p/rank = 0.02, 0.02, 0.04, 0.04; running minimum from the largest keeps them
    // q in input order = (0.02, 0.04, 0.04, 0.02)
    double[] q = BenjaminiHochberg.adjust(new double[] {0.01, 0.04, 0.03, 0.005});

    assertThat(q).containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-15));
  }

  @Test
  void takesTheRunningMinimumFromTheTop() {
    // p = (0.01, 0.02, 0.021), m = 3: m·p/rank = 0.03, 0.03, 0.021 → q = 0.021 for all three, so a
    // larger p pulls the smaller ones below 0.05 together (step-up, not step-down)
    double[] q = BenjaminiHochberg.adjust(new double[] {0.021, 0.01, 0.02});

    assertThat(q).containsExactly(new double[] {0.021, 0.021, 0.021}, within(1e-15));
  }

  @Test
  void capsAdjustedValuesAtOne() {
    assertThat(BenjaminiHochberg.adjust(new double[] {0.9, 0.8})).containsExactly(0.9, 0.9);
    assertThat(BenjaminiHochberg.adjust(new double[] {1.0, 0.6, 0.7}))
        .containsExactly(1.0, 1.0, 1.0);
  }

  @Test
  void refusesAValueOutsideZeroToOne() {
    assertThatThrownBy(() -> BenjaminiHochberg.adjust(new double[] {0.5, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
