package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calibration on null counties: with no spatial structure in the rate, the share of villages
 * classed hot at FDR q = 0.05 must stay at or below 5%, over 50 seeds, for every measure and for
 * both p-value sources. {@link FixtureCalibrationTests} runs the same harness on the fixtures
 * generator's counties without plants.
 */
class CalibrationTests {

  static final int SEEDS = 50;
  static final double Q = 0.05;

  static Stream<Named<NullCountySource>> sources() {
    return Stream.of(
        Named.of("synthetic county, 5 per 1,000", SyntheticCounty.nullModel(0.005)),
        Named.of("synthetic county, sparse 0.5 per 1,000", SyntheticCounty.nullModel(0.0005)));
  }

  static Stream<Arguments> cases() {
    return sources()
        .flatMap(
            source ->
                Stream.of(Measure.values())
                    .flatMap(
                        measure ->
                            Stream.of(PValueSource.values())
                                .map(classBy -> Arguments.of(source, measure, classBy))));
  }

  @ParameterizedTest(name = "{0}, {1}, classes by {2} p")
  @MethodSource("cases")
  void keepsHotShareAtOrBelowFdrLevelOnNullCounties(
      NullCountySource source, Measure measure, PValueSource classBy) {
    // Given null counties and the default settings but for the measure and p-value source
    HotspotSettings settings = HotspotSettings.defaults().withMeasure(measure).withClassBy(classBy);

    // When every county is analysed
    CalibrationHarness.Outcome outcome = CalibrationHarness.run(source, settings, SEEDS, Q);

    // Then at most 5% of villages are hot at q = 0.05 overall
    System.out.printf(
        "calibration %s %s: %d/%d villages hot (%.4f), %d of %d seeds with any, worst seed %.4f%n",
        measure,
        classBy,
        outcome.hot(),
        outcome.villages(),
        outcome.hotShare(),
        outcome.seedsWithHot(),
        outcome.seeds(),
        outcome.worstSeedShare());
    assertThat(outcome.villages()).isEqualTo(89L * SEEDS);
    assertThat(outcome.hotShare()).isLessThanOrEqualTo(Q);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void defaultSettingsRaiseAFalseAlarmInFewNullCounties(NullCountySource source) {
    // Given null counties and the default settings
    HotspotSettings settings = HotspotSettings.defaults();

    // When every county is analysed
    CalibrationHarness.Outcome outcome = CalibrationHarness.run(source, settings, SEEDS, Q);

    // Then few counties have any hot village at all: under a complete null BH bounds that chance
    // by q, so at most 5 of 50 (a Binomial(50, 0.05) exceeds 5 with probability 0.038)
    assertThat(outcome.seedsWithHot()).isLessThanOrEqualTo(5);
  }
}
