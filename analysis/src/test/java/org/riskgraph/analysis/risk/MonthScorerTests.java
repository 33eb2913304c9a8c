package org.riskgraph.analysis.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthScorerTests {

  private static final YearMonth MONTH = YearMonth.of(2026, 10);
  private static final double[] WEIGHTS = {0.35, 0.15, 0.10, 0.30, 0.10};

  @Test
  void flagsRanksThatDependOnTheWeightsAndNotALeaderFarAhead() {
    // 30 villages with about the same score, half of it from the incident rate for some and
    // from surprise for others: varied weights reorder them. One village leads by far.
    List<RiskAnalysis.Unit> units = new ArrayList<>();
    units.add(unit("V00", new double[] {1, 1, 1, 1, 1}));
    for (int i = 1; i <= 30; i++) {
      double tilt = (i % 2 == 0 ? 1 : -1) * 0.3 * i / 30.0;
      units.add(
          unit(
              String.format("V%02d", i),
              new double[] {0.3 + tilt * 0.30 / 0.35, 0, 0, 0.3 - tilt, 0}));
    }
    MonthScorer scorer =
        new MonthScorer(MONTH, WEIGHTS, new RankIntervals(WEIGHTS, 1_000, 0.25, 5));

    List<RiskScore> scores = scorer.score(AreaLevel.VILLAGE, units, List.of());

    RiskScore leader = scores.getFirst();
    assertThat(leader.code()).isEqualTo("V00");
    assertThat(leader.score()).isEqualTo(100.0);
    assertThat(leader.level()).isEqualTo(RiskLevel.RED);
    assertThat(leader.rankInterval()).isEqualTo(new RankInterval(1, 1));
    assertThat(leader.flags()).doesNotContain(RiskFlag.UNSTABLE_RANK);
    long unstable = scores.stream().filter(s -> s.flags().contains(RiskFlag.UNSTABLE_RANK)).count();
    assertThat(unstable).isGreaterThan(10);
    RiskScore mostTilted =
        scores.stream().filter(s -> s.code().equals("V30")).findFirst().orElseThrow();
    assertThat(mostTilted.rankInterval().width()).isGreaterThan(10);
  }

  @Test
  void namesTheLargestContributionsUntilTheyCoverTwoThirdsOfTheScore() {
    List<Component> oneBig =
        List.of(
            component(Indicator.INCIDENT_RATE, 30),
            component(Indicator.SURPRISE, 3),
            component(Indicator.DISPUTE_PRESSURE, 2),
            component(Indicator.DISPUTE_HOTSPOT, 0));
    List<Component> spread =
        List.of(
            component(Indicator.INCIDENT_RATE, 10),
            component(Indicator.SURPRISE, 9),
            component(Indicator.DISPUTE_PRESSURE, 8),
            component(Indicator.DISPUTE_HOTSPOT, 7),
            component(Indicator.SUPERVISION_LAPSES, 6));

    assertThat(MonthScorer.drivers(oneBig, 35))
        .containsExactly(Indicator.INCIDENT_RATE, Indicator.SURPRISE);
    assertThat(MonthScorer.drivers(spread, 40))
        .containsExactly(Indicator.INCIDENT_RATE, Indicator.SURPRISE, Indicator.DISPUTE_PRESSURE);
    assertThat(MonthScorer.drivers(List.of(component(Indicator.SURPRISE, 0)), 0)).isEmpty();
  }

  private static RiskAnalysis.Unit unit(String code, double[] normalised) {
    return new RiskAnalysis.Unit(
        code, code, 1_000, normalised.clone(), normalised, EnumSet.noneOf(RiskFlag.class));
  }

  private static Component component(Indicator indicator, double contribution) {
    return new Component(indicator, 0, 0, 0, contribution);
  }
}
