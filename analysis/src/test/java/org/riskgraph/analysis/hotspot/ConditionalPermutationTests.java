package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConditionalPermutationTests {

  @Test
  void drawsEveryPairOfTheOtherAreasEquallyOftenAndNeverTheHeldOutOne() {
    // x = 2^i makes every sum of two distinct areas unique; area 4 (value 16) is held out
    double[] x = {1, 2, 4, 8, 16};
    ConditionalPermutation sampler = new ConditionalPermutation(5, 42);
    sampler.holdOut(4);
    int[] frequency = new int[32];
    int draws = 60_000;
    for (int r = 0; r < draws; r++) {
      frequency[(int) sampler.drawSum(x, 2)]++;
    }
    // the six pairs of {1, 2, 4, 8} each come up 1/6 of the time
    for (int sum : new int[] {3, 5, 9, 6, 10, 12}) {
      assertThat(frequency[sum] / (double) draws).isCloseTo(1.0 / 6, within(0.01));
    }
    assertThat(frequency[17] + frequency[18] + frequency[20] + frequency[24]).isZero();
  }

  @Test
  void repeatsItsDrawsForTheSameSeed() {
    double[] x = {1, 2, 4, 8, 16, 32};
    ConditionalPermutation a = new ConditionalPermutation(6, 7);
    ConditionalPermutation b = new ConditionalPermutation(6, 7);
    a.holdOut(2);
    b.holdOut(2);
    for (int r = 0; r < 100; r++) {
      assertThat(a.drawSum(x, 3)).isEqualTo(b.drawSum(x, 3));
    }
  }
}
