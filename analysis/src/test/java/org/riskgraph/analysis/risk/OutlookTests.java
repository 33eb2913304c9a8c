package org.riskgraph.analysis.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.riskgraph.fixtures.spec.Plants;

/** The leaders' outlook on the seed-42 county, in memory. */
class OutlookTests {

  private static final RiskAnalysis ANALYSIS = new RiskAnalysis(RiskSettings.defaults());

  @Test
  void ranksNextMonthsIncidentsBetterThanThisMonthsCountOnAverage() {
    for (Plants plants : new Plants[] {Plants.ALL, Plants.NONE}) {
      RiskInputs inputs = FixtureInputs.county(42, plants);

      BackTest.Result result = BackTest.run(inputs, ANALYSIS.assess(inputs));

      assertThat(result.outlookMonths()).hasSize(12);
      assertThat(result.meanOutlookVsCount())
          .as(plants.label())
          .isGreaterThan(result.meanNaiveVsCountWithOutlook());
      assertThat(result.outlookWinsOnCount()).as(plants.label()).isGreaterThanOrEqualTo(9);
      assertThat(result.meanOutlookVsCount()).isGreaterThan(result.meanScoreVsCount());
    }
  }

  @Test
  void scoresTheMonthAfterFromTheForecastAndTheSituation() {
    RiskAssessment assessment = ANALYSIS.assess(FixtureInputs.county(42, Plants.ALL));

    assertThat(assessment.month(YearMonth.of(2025, 9)).orElseThrow().outlook()).isEmpty();
    MonthRisk october = assessment.month(YearMonth.of(2026, 10)).orElseThrow();
    assertThat(october.outlook(AreaLevel.VILLAGE)).hasSize(89);
    assertThat(october.outlook(AreaLevel.TOWNSHIP)).hasSize(october.townships().size());
    assertThat(october.outlook(AreaLevel.COUNTY)).hasSize(1);
    for (AreaLevel level : AreaLevel.values()) {
      var scores = october.outlook(level);
      for (int r = 0; r < scores.size(); r++) {
        OutlookScore score = scores.get(r);
        assertThat(score.rank()).isEqualTo(r + 1);
        assertThat(score.forecastMonth()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(score.components().stream().mapToDouble(OutlookComponent::contribution).sum())
            .isCloseTo(score.score(), within(1e-9));
        assertThat(score.level()).isEqualTo(RiskLevel.of(score.score()));
        assertThat(score.drivers()).isNotEmpty();
      }
    }
    for (OutlookScore village : october.outlook(AreaLevel.VILLAGE)) {
      RiskScore situation = october.village(village.code()).orElseThrow();
      assertThat(village.component(OutlookPart.SITUATION).raw()).isEqualTo(situation.score());
      assertThat(village.situationDrivers()).isEqualTo(situation.drivers());
      double expected = village.component(OutlookPart.EXPECTED_INCIDENTS).raw();
      assertThat(village.component(OutlookPart.EXPECTED_INCIDENTS).normalised())
          .isBetween(0.0, 1.0)
          .isGreaterThan(0.0);
      assertThat(expected).isPositive();
    }
  }

  @Test
  void weighsTheForecastAtFourFifthsAndTheSituationAtOneFifth() {
    double total = 0;
    for (OutlookPart part : OutlookPart.values()) {
      total += part.weight();
    }

    assertThat(total).isCloseTo(1, within(1e-12));
    assertThat(OutlookPart.SITUATION.weight()).isEqualTo(0.2);
  }

  @Test
  void aggregatesTownshipsAsPopulationWeightedMeans() {
    MonthRisk month =
        ANALYSIS
            .assess(FixtureInputs.county(42, Plants.ALL))
            .month(YearMonth.of(2026, 3))
            .orElseThrow();
    RiskInputs inputs = FixtureInputs.county(42, Plants.ALL);

    OutlookScore township = month.outlook(AreaLevel.TOWNSHIP).getFirst();
    double weighted = 0;
    double population = 0;
    for (var village : inputs.villages()) {
      if (village.townshipCode().equals(township.code())) {
        weighted +=
            village.population()
                * month.outlook(AreaLevel.VILLAGE, village.code()).orElseThrow().score();
        population += village.population();
      }
    }

    assertThat(township.score()).isCloseTo(weighted / population, within(1e-9));
  }
}
