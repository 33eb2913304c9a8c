package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every statistic on a five-area map worked out by hand (and re-checked with R spdep 1.2-7: localG,
 * localmoran(conditional = FALSE), moran.test; the same numbers to 10 digits).
 *
 * <pre>
 *   A — B        adjacency: A–B, A–C, B–C, C–D, D–E
 *    \ /         x = (A 2, B 4, C 6, D 3, E 10), n = 5
 *     C — D — E  Σx = 25, x̄ = 5, deviations z = (−3, −1, 1, −2, 5), Σz² = 40
 * </pre>
 */
class HandComputedMapTests {

  // A=0, B=1, C=2, D=3, E=4
  static final SpatialWeights MAP =
      SpatialWeights.fromLists(
          List.of(
              new int[] {1, 2},
              new int[] {0, 2},
              new int[] {0, 1, 3},
              new int[] {2, 4},
              new int[] {3}));
  static final double[] X = {2, 4, 6, 3, 10};

  @Test
  void computesGiStarZInOrdGetisForm() {
    // s² = Σx²/n − x̄² = 165/5 − 25 = 8, s = 2√2
    // A: W = 3 (A, B, C), Σwx = 2 + 4 + 6 = 12, 12 − 5·3 = −3, s√((5·3 − 3²)/4) = 2√2·√1.5 = √12
    //    z = −3/√12 = −0.8660254
    // B: same neighbourhood sum as A                               z = −0.8660254
    // C: W = 4, Σwx = 6 + 2 + 4 + 3 = 15, 15 − 20 = −5, s√((20 − 16)/4) = 2√2, z = −5/(2√2) =
    // −1.7677670
    // D: W = 3, Σwx = 3 + 6 + 10 = 19, 19 − 15 = 4,                z = 4/√12 = 1.1547005
    // E: W = 2, Σwx = 10 + 3 = 13, 13 − 10 = 3, 2√2·√((10 − 4)/4) = √12, z = 3/√12 = 0.8660254
    GetisOrdGiStar.Result result = new GetisOrdGiStar(99, 1).compute(X, MAP);

    assertThat(result.z())
        .containsExactly(
            new double[] {-0.8660254038, -0.8660254038, -1.7677669530, 1.1547005384, 0.8660254038},
            within(1e-9));
    // two-sided normal p of z = 1.1547005: 2(1 − Φ(1.1547005)) = 0.2482131
    assertThat(result.pNormal()[3]).isCloseTo(0.2482130789, within(1e-9));
  }

  @Test
  void computesConditionalPermutationPValueAgainstTheExactDistribution() {
    // D keeps its own 3 and draws 2 of the other four values {2, 4, 6, 10} (6 equally likely
    // pairs).
    // Conditional mean of the pair sum: 2·22/4 = 11; observed C + E = 16, |16 − 11| = 5.
    // Pair sums 6, 8, 10, 12, 14, 16 lie 5, 3, 1, 1, 3, 5 from 11: exact two-sided p = 2/6.
    // E draws 1 of {2, 4, 6, 3} (mean 3.75); observed 3 is 0.75 away; 2, 6, 3 are as far: p = 3/4.
    GetisOrdGiStar.Result result = new GetisOrdGiStar(99_999, 7).compute(X, MAP);

    assertThat(result.pPermutation()[3]).isCloseTo(1.0 / 3, within(0.01));
    assertThat(result.pPermutation()[4]).isCloseTo(0.75, within(0.01));
  }

  @Test
  void computesLocalMoranWithAnselinMomentsUnderRandomisation() {
    // m₂ = 40/5 = 8, m₄ = (81 + 1 + 1 + 16 + 625)/5 = 144.8, b₂ = m₄/m₂² = 2.2625
    // lags (row-standardised): A (−1 + 1)/2 = 0, B (−3 + 1)/2 = −1, C (−3 − 1 − 2)/3 = −2,
    //   D (1 + 5)/2 = 3, E −2
    // Iᵢ = zᵢ·lagᵢ/m₂: A 0, B 0.125, C −0.25, D −0.75, E −1.25;  E[Iᵢ] = −1/(n − 1) = −0.25
    // Var: wᵢ(2)(n − b₂)/(n − 1) + 2wᵢ(kh)(2b₂ − n)/((n − 1)(n − 2)) − 1/(n − 1)²
    //   k = 1 (E): 1·2.7375/4 + 0 − 0.0625 = 0.621875
    //   k = 2 (A, B, D): 0.5·2.7375/4 + 0.5·(−0.475)/12 − 0.0625 = 0.2598958
    //   k = 3 (C): (1/3)·2.7375/4 + (2/3)(−0.475)/12 − 0.0625 = 0.1392361
    // z_E = (−1.25 + 0.25)/√0.621875 = −1.2680852
    LocalMoran.Result result = new LocalMoran(99, 1).compute(X, MAP);

    assertThat(result.i())
        .containsExactly(new double[] {0, 0.125, -0.25, -0.75, -1.25}, within(1e-12));
    assertThat(result.expected()[0]).isEqualTo(-0.25);
    assertThat(result.variance())
        .containsExactly(
            new double[] {0.2598958333, 0.2598958333, 0.1392361111, 0.2598958333, 0.6218750000},
            within(1e-9));
    assertThat(result.z())
        .containsExactly(
            new double[] {0.4903885826, 0.7355828739, 0.0, -0.9807771652, -1.2680852499},
            within(1e-9));
  }

  @Test
  void assignsMoranQuadrantsFromOwnAndNeighbourDeviations() {
    // A (−3, lag 0: not above the mean) LL, B (−1, −1) LL, C (1, −2) HL, D (−2, 3) LH, E (5, −2) HL
    LocalMoran.Result result = new LocalMoran(99, 1).compute(X, MAP);

    assertThat(result.quadrant())
        .containsExactly(Quadrant.LL, Quadrant.LL, Quadrant.HL, Quadrant.LH, Quadrant.HL);
  }

  @Test
  void computesGlobalMoranWithCliffOrdRandomisationVariance() {
    // S₀ = 5; Σᵢ zᵢ·lagᵢ = 0 + 1 − 2 − 6 − 10 = −17; I = (5/5)(−17/40) = −0.425
    // S₁ = Σw² + Σ wᵢⱼwⱼᵢ = 2.8333 + 2.5 = 5.3333; column sums (5/6, 5/6, 3/2, 4/3, 1/2)
    // S₂ = Σ(1 + colᵢ)² = 20.6667; b₂ = 2.2625
    // Var = [5(13·5.3333 − 5·20.6667 + 75) − 2.2625(20·5.3333 − 10·20.6667 + 150)] / (4·3·2·25)
    //       − 0.0625 = (205 − 113.125)/600 − 0.0625 = 0.090625
    // z = (−0.425 + 0.25)/√0.090625 = −0.5813184, two-sided p = 0.5610259
    GlobalMoran moran = GlobalMoranStatistic.compute(X, MAP);

    assertThat(moran.i()).isCloseTo(-0.425, within(1e-12));
    assertThat(moran.expected()).isCloseTo(-0.25, within(1e-15));
    assertThat(moran.variance()).isCloseTo(0.090625, within(1e-12));
    assertThat(moran.z()).isCloseTo(-0.58131836, within(1e-8));
    assertThat(moran.p()).isCloseTo(0.5610259, within(1e-7));
  }
}
