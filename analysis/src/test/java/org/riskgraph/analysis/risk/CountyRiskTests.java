package org.riskgraph.analysis.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.plant.GroundTruth;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;

/** The score against the county fixtures' ground truth, in memory (no database). */
class CountyRiskTests {

  private static final RiskAnalysis ANALYSIS = new RiskAnalysis(RiskSettings.defaults());

  @Test
  void ranksPlantedSpikeTownshipFirstInItsMonthAtOrangeOrRed() {
    County county = CountyGenerator.generateEvents(Scale.COUNTY, 42, Plants.ALL);
    GroundTruth.RiskSpike spike = county.groundTruth().riskSpike().orElseThrow();

    RiskAssessment assessment = ANALYSIS.assess(FixtureInputs.of(county));

    MonthRisk month = assessment.month(YearMonth.parse(spike.month())).orElseThrow();
    RiskScore first = month.townships().getFirst();
    assertThat(first.code()).isEqualTo(spike.township());
    assertThat(first.level()).isIn(RiskLevel.ORANGE, RiskLevel.RED);
    assertThat(first.drivers()).contains(Indicator.SURPRISE);
    assertThat(month.township(spike.township()).orElseThrow().rankInterval())
        .isEqualTo(new RankInterval(1, 1));
  }

  @Test
  void scoresRankNextMonthsIncidentRatesBetterThanChanceInEveryMonth() {
    RiskInputs inputs = FixtureInputs.county(42, Plants.ALL);

    BackTest.Result result = BackTest.run(inputs, ANALYSIS.assess(inputs));

    assertThat(result.months()).hasSize(23);
    assertThat(result.months()).allSatisfy(m -> assertThat(m.scoreVsRate()).isPositive());
    assertThat(result.meanScoreVsCount()).isPositive();
  }

  @Test
  void keepsRedToAtMostFivePercentOfVillageMonthsWhenNothingIsPlanted() {
    County county = CountyGenerator.generateEvents(Scale.COUNTY, 42, Plants.NONE);

    RiskAssessment assessment = ANALYSIS.assess(FixtureInputs.of(county));

    long villageMonths = 0;
    long red = 0;
    for (MonthRisk month : assessment.months()) {
      for (RiskScore village : month.villages()) {
        villageMonths++;
        if (village.level() == RiskLevel.RED) {
          red++;
        }
      }
    }
    assertThat(villageMonths).isEqualTo(89L * 24);
    assertThat((double) red / villageMonths).isLessThanOrEqualTo(0.05);
  }

  @Test
  void addingIncidentsToCountyVillagesNeverLowersTheirScores() {
    RiskInputs inputs = FixtureInputs.county(5, Plants.NONE);
    RiskAssessment before = ANALYSIS.assess(inputs);
    java.util.SplittableRandom random = new java.util.SplittableRandom(11);
    for (int trial = 0; trial < 6; trial++) {
      int v = random.nextInt(inputs.villages().size());
      int t = random.nextInt(inputs.monthCount());
      VillageMonth at = inputs.at(v, t);
      VillageMonth more = at.withIncident(1 + random.nextInt(4)).withIncident(1);

      RiskAssessment after = ANALYSIS.assess(inputs.with(more));

      assertThat(score(after, at))
          .as("%s %s", at.villageCode(), at.month())
          .isGreaterThanOrEqualTo(score(before, at));
    }
  }

  private static double score(RiskAssessment assessment, VillageMonth at) {
    return assessment
        .month(at.month())
        .orElseThrow()
        .village(at.villageCode())
        .orElseThrow()
        .score();
  }
}
