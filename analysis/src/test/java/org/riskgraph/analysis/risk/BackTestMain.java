package org.riskgraph.analysis.risk;

import java.util.Locale;
import org.riskgraph.fixtures.Plants;

/**
 * Prints the back-test table of docs/methods/risk.md: the county fixtures, seed 42 with every
 * planted effect and without, and seeds 1–5 without, each over its 24 months. Run from the
 * repository root after a build (see the docs for the command).
 */
public final class BackTestMain {

  private BackTestMain() {}

  public static void main(String[] args) {
    System.out.println(
        "| county | months | ρ score vs next count | ρ last count vs next count | score better"
            + " (months) | ρ score vs next rate | ρ last rate vs next rate | score better (months) |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    row(42, Plants.ALL);
    row(42, Plants.NONE);
    for (long seed = 1; seed <= 5; seed++) {
      row(seed, Plants.NONE);
    }
  }

  private static void row(long seed, Plants plants) {
    RiskInputs inputs = FixtureInputs.county(seed, plants);
    RiskAssessment assessment = new RiskAnalysis(RiskSettings.defaults()).assess(inputs);
    BackTest.Result result = BackTest.run(inputs, assessment);
    System.out.println(
        String.format(
            Locale.ROOT,
            "| seed %d, plants %s | %d | %.3f | %.3f | %d | %.3f | %.3f | %d |",
            seed,
            plants.label(),
            result.months().size(),
            result.meanScoreVsCount(),
            result.meanNaiveVsCount(),
            result.scoreWinsOnCount(),
            result.meanScoreVsRate(),
            result.meanNaiveVsRate(),
            result.scoreWinsOnRate()));
  }
}
