package org.riskgraph.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Circle;
import org.riskgraph.graph.village.Village;

/** Offsets, attributes and a forecast on a small hand-made map. */
class VillageCountsTests {

  @Test
  void givesAVillageWithoutResidentsHalfTheSmallestShareSoItsEventsCanHappen() {
    VillageCounts counts = counts(List.of(4_000L, 1_000L, 0L, 3_000L, 2_000L, 1_500L));

    double total = 11_500 + 500;
    assertThat(counts.panel().share(1)).isCloseTo(1_000 / total, within(1e-12));
    assertThat(counts.panel().share(2)).isCloseTo(500 / total, within(1e-12));
    MonthForecast forecast = new VillageForecaster().forecast(counts, YearMonth.of(2025, 11));
    assertThat(forecast.villages().get(2).endemic()).isPositive();
    assertThat(forecast.fit().converged()).isTrue();
  }

  @Test
  void leavesOutAnAttributeThatIsTheSameForEveryVillage() {
    VillageCounts counts = counts(List.of(4_000L, 1_000L, 2_000L, 3_000L, 2_000L, 1_500L));

    assertThat(counts.attributes())
        .extracting(UnitCovariate::name)
        .containsExactly("complex", "urban");
  }

  /**
   * Six villages on a ring, urban or rural, every other complex, 14 months of Poisson counts around
   * 3 + 8 per 4,000 residents (fixed seed).
   */
  private static VillageCounts counts(List<Long> populations) {
    List<Village> villages = new ArrayList<>();
    List<Adjacency> ring = new ArrayList<>();
    for (int v = 0; v < populations.size(); v++) {
      villages.add(
          new Village(
              "V" + v,
              "村" + v,
              "T1",
              populations.get(v),
              v < 2 ? Circle.URBAN : Circle.RURAL,
              v % 2 == 0,
              null,
              null));
      ring.add(new Adjacency("V" + v, "V" + ((v + 1) % populations.size())));
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    int[][] counts = new int[14][populations.size()];
    for (int t = 0; t < 14; t++) {
      for (int v = 0; v < populations.size(); v++) {
        counts[t][v] = poisson(3 + 8 * populations.get(v) / 4_000.0, random);
      }
    }
    return new VillageCounts(
        ForecastKind.INCIDENTS, YearMonth.of(2024, 10), villages, ring, counts);
  }

  private static int poisson(double mean, java.util.SplittableRandom random) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }
}
