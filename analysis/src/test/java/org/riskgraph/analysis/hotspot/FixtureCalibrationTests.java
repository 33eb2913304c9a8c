package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.riskgraph.fixtures.spec.Plants;

/**
 * Calibration on the fixtures generator's counties without planted effects ({@code Plants.NONE},
 * county scale, seeds 1 to 50): each village's disputes are Poisson around its own baseline
 * (population × 1.5 for complex villages, × 0.7 for others, × season). The share of villages
 * classed hot at FDR q = 0.05 must stay at or below 5% for the rate measures. The count measure is
 * not held to it: it is meant to follow where people live, and town villages are both large and
 * neighbours, which the last test shows.
 */
class FixtureCalibrationTests {

  static final int SEEDS = 50;
  static final double Q = 0.05;
  static final YearMonth LAST = YearMonth.of(2026, 10);

  @BeforeAll
  static void generateCountiesOnce() {
    FixtureCounties.prepare(SEEDS, Plants.NONE);
  }

  static Stream<Named<NullCountySource>> periods() {
    return Stream.of(
        Named.of(
            "disputes of the 12 months to 2026-10",
            FixtureCounties.disputesWithoutPlants(LAST.minusMonths(11), LAST)),
        Named.of("disputes of 2026-10 alone", FixtureCounties.disputesWithoutPlants(LAST, LAST)));
  }

  static Stream<Arguments> rateCases() {
    return periods()
        .flatMap(
            period ->
                Stream.of(Measure.RATE, Measure.EB_RATE)
                    .flatMap(
                        measure ->
                            Stream.of(PValueSource.values())
                                .map(classBy -> Arguments.of(period, measure, classBy))));
  }

  @ParameterizedTest(name = "{0}, {1}, classes by {2} p")
  @MethodSource("rateCases")
  void keepsHotShareAtOrBelowFdrLevelOnCountiesWithoutPlants(
      NullCountySource period, Measure measure, PValueSource classBy) {
    // Given the generator's counties without plants and the default settings but for the measure
    HotspotSettings settings = HotspotSettings.defaults().withMeasure(measure).withClassBy(classBy);

    // When each county's period is analysed
    CalibrationHarness.Outcome outcome = CalibrationHarness.run(period, settings, SEEDS, Q);

    // Then at most 5% of all villages are hot at q = 0.05
    print(measure + " " + classBy, outcome);
    assertThat(outcome.villages()).isEqualTo(89L * SEEDS);
    assertThat(outcome.hotShare()).isLessThanOrEqualTo(Q);
  }

  @Test
  void defaultSettingsRaiseAFalseAlarmInFewCountiesWithoutPlants() {
    // Given the default period and settings
    NullCountySource year = FixtureCounties.disputesWithoutPlants(LAST.minusMonths(11), LAST);

    // When every county is analysed
    CalibrationHarness.Outcome outcome =
        CalibrationHarness.run(year, HotspotSettings.defaults(), SEEDS, Q);

    // Then at most 5 of the 50 counties have any hot village (see CalibrationTests for the bound)
    print("defaults", outcome);
    assertThat(outcome.seedsWithHot()).isLessThanOrEqualTo(5);
  }

  @Test
  void countMeasureMarksWherePeopleLiveNotWhereTheRateIsHigh() {
    // Given the counties' disputes of a year analysed on the count measure
    double hotPopulation = 0;
    double allPopulation = 0;
    long hot = 0;
    long villages = 0;
    for (long seed = 1; seed <= SEEDS; seed++) {
      CountyCounts county =
          FixtureCounties.disputesWithoutPlants(LAST.minusMonths(11), LAST).county(seed);
      HotspotMap map =
          new HotspotAnalysis(HotspotSettings.defaults().withMeasure(Measure.COUNT).withSeed(seed))
              .analyse(county.map(), county.counts());
      for (VillageHotspot village : map.villages()) {
        allPopulation += village.population();
        villages++;
      }
      for (VillageHotspot village : map.hotAt(Q)) {
        hotPopulation += village.population();
        hot++;
      }
    }

    // Then villages do come out hot without any plant, and they are the populous ones: on
    // average at least twice the population of a village
    System.out.printf(
        "calibration on fixtures, count: %d/%d hot (%.4f), mean population %.0f hot vs %.0f all%n",
        hot, villages, (double) hot / villages, hotPopulation / hot, allPopulation / villages);
    assertThat(hot).isPositive();
    assertThat(hotPopulation / hot).isGreaterThanOrEqualTo(2 * allPopulation / villages);
  }

  private static void print(String label, CalibrationHarness.Outcome outcome) {
    System.out.printf(
        "calibration on fixtures, %s: %d/%d villages hot (%.4f), %d of %d seeds with any,"
            + " worst seed %.4f%n",
        label,
        outcome.hot(),
        outcome.villages(),
        outcome.hotShare(),
        outcome.seedsWithHot(),
        outcome.seeds(),
        outcome.worstSeedShare());
  }
}
