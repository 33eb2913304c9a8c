package org.riskgraph.analysis.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;

/** The properties every assessment must have, checked on the tiny county's 24 months. */
class RiskPropertyTests {

  private static RiskInputs inputs;
  private static RiskAssessment assessment;
  private static final RiskAnalysis ANALYSIS = new RiskAnalysis(RiskSettings.defaults());

  @BeforeAll
  static void tinyCounty() {
    inputs = FixtureInputs.of(CountyGenerator.generateEvents(Scale.TINY, 42, Plants.ALL));
    assessment = ANALYSIS.assess(inputs);
  }

  @Test
  void everyScoreIsWithinZeroToOneHundredAndEveryNormalisedValueWithinZeroToOne() {
    assertThat(all(assessment)).isNotEmpty();
    for (RiskScore score : all(assessment)) {
      assertThat(score.score()).isBetween(0.0, 100.0);
      for (Component component : score.components()) {
        assertThat(component.normalised()).isBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void contributionsAddUpToTheScoreAtEveryLevel() {
    for (RiskScore score : all(assessment)) {
      double sum = score.components().stream().mapToDouble(Component::contribution).sum();
      assertThat(sum)
          .as("%s %s", score.code(), score.month())
          .isCloseTo(score.score(), within(1e-9));
      for (Component component : score.components()) {
        assertThat(component.contribution())
            .isCloseTo(100 * component.weight() * component.normalised(), within(1e-9));
      }
    }
  }

  @Test
  void levelsFollowTheThresholdsAndRanksAreAPermutationInScoreOrder() {
    for (MonthRisk month : assessment.months()) {
      for (List<RiskScore> level : List.of(month.villages(), month.townships())) {
        for (int r = 0; r < level.size(); r++) {
          RiskScore score = level.get(r);
          assertThat(score.rank()).isEqualTo(r + 1);
          assertThat(score.level()).isEqualTo(RiskLevel.of(score.score()));
          assertThat(score.rankInterval().low()).isLessThanOrEqualTo(score.rankInterval().high());
          assertThat(score.rankInterval().high()).isLessThanOrEqualTo(level.size());
          if (r > 0) {
            assertThat(score.score()).isLessThanOrEqualTo(level.get(r - 1).score());
          }
        }
      }
    }
    assertThat(RiskLevel.of(39.999)).isEqualTo(RiskLevel.BLUE);
    assertThat(RiskLevel.of(40)).isEqualTo(RiskLevel.YELLOW);
    assertThat(RiskLevel.of(60)).isEqualTo(RiskLevel.ORANGE);
    assertThat(RiskLevel.of(80)).isEqualTo(RiskLevel.RED);
  }

  @Test
  void addingAnIncidentToAVillageNeverLowersItsScoreThatMonth() {
    SplittableRandom random = new SplittableRandom(7);
    int checked = 0;
    int raised = 0;
    for (int trial = 0; trial < 40; trial++) {
      int v = random.nextInt(inputs.villages().size());
      int t = random.nextInt(inputs.monthCount());
      int severity = 1 + random.nextInt(4);
      VillageMonth before = inputs.at(v, t);
      RiskInputs more = inputs;
      int added = 1 + random.nextInt(3);
      VillageMonth after = before;
      for (int k = 0; k < added; k++) {
        after = after.withIncident(severity);
      }
      more = more.with(after);

      double old = score(assessment, before);
      double now = score(ANALYSIS.assess(more), before);

      assertThat(now)
          .as("%s %s +%d of severity %d", before.villageCode(), before.month(), added, severity)
          .isGreaterThanOrEqualTo(old);
      checked++;
      if (now > old) {
        raised++;
      }
    }
    assertThat(checked).isEqualTo(40);
    assertThat(raised)
        .as("the property is not vacuous: most additions raise the score")
        .isGreaterThan(20);
  }

  @Test
  void sameInputsAndSeedGiveTheSameAssessment() {
    RiskAssessment again = new RiskAnalysis(RiskSettings.defaults()).assess(inputs);

    assertThat(again).isEqualTo(assessment);
  }

  @Test
  void anotherSeedMovesOnlyTheRankIntervals() {
    RiskAssessment other = new RiskAnalysis(RiskSettings.defaults().withSeed(99)).assess(inputs);

    List<RiskScore> mine = all(assessment);
    List<RiskScore> theirs = all(other);
    boolean intervalMoved = false;
    for (int i = 0; i < mine.size(); i++) {
      assertThat(theirs.get(i).score()).isEqualTo(mine.get(i).score());
      assertThat(theirs.get(i).rank()).isEqualTo(mine.get(i).rank());
      intervalMoved |= !theirs.get(i).rankInterval().equals(mine.get(i).rankInterval());
    }
    assertThat(intervalMoved).isTrue();
  }

  @Test
  void townshipAndCountyScoresArePopulationWeightedMeansOfTheirVillages() {
    for (MonthRisk month : assessment.months()) {
      for (RiskScore township : month.townships()) {
        double weighted = 0;
        long population = 0;
        for (RiskScore village : month.villages()) {
          long villagePopulation = village.population();
          String townshipCode =
              inputs.villages().get(inputs.villageIndex().get(village.code())).townshipCode();
          if (townshipCode.equals(township.code())) {
            weighted += villagePopulation * village.score();
            population += villagePopulation;
          }
        }
        assertThat(township.population()).isEqualTo(population);
        assertThat(township.score()).isCloseTo(weighted / population, within(1e-9));
      }
      double county =
          month.villages().stream().mapToDouble(v -> v.population() * v.score()).sum()
              / month.villages().stream().mapToLong(RiskScore::population).sum();
      assertThat(month.county().score()).isCloseTo(county, within(1e-9));
    }
  }

  @Test
  void changeIsTheDifferenceFromThePreviousMonthAndDriversExplainMostOfTheScore() {
    List<MonthRisk> months = assessment.months();
    assertThat(months.getFirst().county().change()).isEmpty();
    for (int t = 1; t < months.size(); t++) {
      for (RiskScore village : months.get(t).villages()) {
        RiskScore before = months.get(t - 1).village(village.code()).orElseThrow();
        assertThat(village.change().orElseThrow())
            .isCloseTo(village.score() - before.score(), within(1e-9));
        double driven =
            village.drivers().stream().mapToDouble(d -> village.component(d).contribution()).sum();
        assertThat(village.drivers()).hasSizeLessThanOrEqualTo(3);
        if (village.drivers().size() < 3 && village.score() > 0) {
          assertThat(driven).isGreaterThanOrEqualTo(2.0 / 3 * village.score() - 1e-9);
        }
      }
    }
  }

  @Test
  void flagsScoresOnThinData() {
    List<MonthRisk> months = assessment.months();

    assertThat(months.get(1).villages())
        .allSatisfy(v -> assertThat(v.flags()).contains(RiskFlag.NO_BASELINE));
    assertThat(months.get(1).baseline().model()).isEqualTo(BaselineModel.NONE);
    assertThat(months.get(6).villages())
        .allSatisfy(v -> assertThat(v.flags()).contains(RiskFlag.SHORT_HISTORY));
    assertThat(months.get(12).villages())
        .allSatisfy(
            v ->
                assertThat(v.flags()).doesNotContain(RiskFlag.SHORT_HISTORY, RiskFlag.NO_BASELINE));
    assertThat(
            months
                .get(12)
                .township(months.get(12).townships().getFirst().code())
                .orElseThrow()
                .flags())
        .doesNotContain(RiskFlag.SHORT_HISTORY);
    assertThat(months.get(6).county().flags()).contains(RiskFlag.SHORT_HISTORY);
    for (RiskScore village : months.get(20).villages()) {
      long population = village.population();
      assertThat(village.flags().contains(RiskFlag.SMALL_POPULATION))
          .isEqualTo(population > 0 && population < 1_000);
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

  private static List<RiskScore> all(RiskAssessment assessment) {
    List<RiskScore> out = new ArrayList<>();
    for (MonthRisk month : assessment.months()) {
      out.addAll(month.villages());
      out.addAll(month.townships());
      out.add(month.county());
    }
    return out;
  }
}
