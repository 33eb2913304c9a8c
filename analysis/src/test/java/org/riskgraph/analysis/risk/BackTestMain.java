package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.Locale;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.plant.GroundTruth;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;

/**
 * Prints the numbers of docs/methods/risk.md: for the county fixtures (seed 42 with every planted
 * effect and without, seeds 1–5 without and with), the reference scales, the share of each level,
 * the planted spike's township score and rank, and the back-test. Run from the repository root
 * after a build; docs/methods/risk.md gives the command.
 */
public final class BackTestMain {

  private BackTestMain() {}

  public static void main(String[] args) {
    County reference = CountyGenerator.generateEvents(Scale.COUNTY, 42, Plants.ALL);
    RiskAssessment assessment =
        new RiskAnalysis(RiskSettings.defaults()).assess(FixtureInputs.of(reference));
    System.out.println("Reference scales, county seed 42:");
    for (ReferenceScale scale : assessment.method().scaleList()) {
      System.out.println(
          String.format(
              Locale.ROOT,
              "| %s | %.3f | %.3f | %s |",
              scale.indicator().key(),
              scale.low(),
              scale.high(),
              scale.source()));
    }
    System.out.println();
    System.out.println(
        "| county | months: none / Poisson / negative binomial | dispersion φ | α |");
    System.out.println("|---|---|---|---|");
    baselines(assessment, "seed 42, plants all");
    baselines(
        new RiskAnalysis(RiskSettings.defaults()).assess(FixtureInputs.county(42, Plants.NONE)),
        "seed 42, plants none");
    System.out.println();
    System.out.println(
        "| county | BLUE | YELLOW | ORANGE | RED | RED share | spike township: month, score,"
            + " level, rank (next best) |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (long seed : new long[] {42, 1, 2, 3, 4, 5}) {
      for (Plants plants : new Plants[] {Plants.ALL, Plants.NONE}) {
        levels(CountyGenerator.generateEvents(Scale.COUNTY, seed, plants));
      }
    }
    System.out.println();
    System.out.println(
        "| county | months | ρ score vs next count | ρ this count vs next count | score better"
            + " (months) | ρ score vs next rate | ρ this rate vs next rate | score better (months) |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    backTest(42, Plants.ALL);
    backTest(42, Plants.NONE);
    for (long seed = 1; seed <= 5; seed++) {
      backTest(seed, Plants.NONE);
    }
    System.out.println();
    System.out.println(
        "| county | months | ρ outlook vs next count | ρ this count vs next count | outlook better"
            + " (months) | ρ outlook vs next rate | ρ this rate vs next rate | outlook better (months)"
            + " | outlook levels BLUE / YELLOW / ORANGE / RED |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (long seed : new long[] {42, 1, 2, 3, 4, 5}) {
      for (Plants plants : new Plants[] {Plants.ALL, Plants.NONE}) {
        outlook(seed, plants);
      }
    }
  }

  private static void outlook(long seed, Plants plants) {
    RiskInputs inputs = FixtureInputs.county(seed, plants);
    RiskAssessment assessment = new RiskAnalysis(RiskSettings.defaults()).assess(inputs);
    BackTest.Result result = BackTest.run(inputs, assessment);
    long[] levels = new long[RiskLevel.values().length];
    for (MonthRisk month : assessment.months()) {
      for (OutlookScore village : month.outlook(AreaLevel.VILLAGE)) {
        levels[village.level().ordinal()]++;
      }
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "| seed %d, plants %s | %d | %.3f | %.3f | %d | %.3f | %.3f | %d | %d / %d / %d / %d |",
            seed,
            plants.label(),
            result.outlookMonths().size(),
            result.meanOutlookVsCount(),
            result.meanNaiveVsCountWithOutlook(),
            result.outlookWinsOnCount(),
            result.meanOutlookVsRate(),
            result.meanNaiveVsRateWithOutlook(),
            result.outlookWinsOnRate(),
            levels[0],
            levels[1],
            levels[2],
            levels[3]));
  }

  private static void baselines(RiskAssessment assessment, String label) {
    long[] models = new long[BaselineModel.values().length];
    double minPhi = Double.MAX_VALUE;
    double maxPhi = 0;
    double maxAlpha = 0;
    for (MonthRisk month : assessment.months()) {
      BaselineFit fit = month.baseline();
      models[fit.model().ordinal()]++;
      if (fit.model() != BaselineModel.NONE) {
        minPhi = Math.min(minPhi, fit.dispersion());
        maxPhi = Math.max(maxPhi, fit.dispersion());
        maxAlpha = Math.max(maxAlpha, fit.alpha());
      }
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "| %s | %d / %d / %d | %.2f – %.2f | ≤ %.3f |",
            label,
            models[0],
            models[1],
            models[2],
            minPhi,
            maxPhi,
            maxAlpha));
  }

  private static void levels(County county) {
    RiskAssessment assessment =
        new RiskAnalysis(RiskSettings.defaults()).assess(FixtureInputs.of(county));
    long[] levels = new long[RiskLevel.values().length];
    long total = 0;
    for (MonthRisk month : assessment.months()) {
      for (RiskScore village : month.villages()) {
        levels[village.level().ordinal()]++;
        total++;
      }
    }
    String spike = "—";
    if (county.groundTruth().riskSpike().isPresent()) {
      GroundTruth.RiskSpike planted = county.groundTruth().riskSpike().get();
      MonthRisk month = assessment.month(YearMonth.parse(planted.month())).orElseThrow();
      RiskScore township = month.township(planted.township()).orElseThrow();
      RiskScore next = month.townships().get(township.rank() == 1 ? 1 : 0);
      spike =
          String.format(
              Locale.ROOT,
              "%s, %.1f, %s, %d (%.1f)",
              planted.month(),
              township.score(),
              township.level(),
              township.rank(),
              next.score());
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "| seed %d, plants %s | %d | %d | %d | %d | %.2f%% | %s |",
            county.seed(),
            county.plants().label(),
            levels[0],
            levels[1],
            levels[2],
            levels[3],
            100.0 * levels[3] / total,
            spike));
  }

  private static void backTest(long seed, Plants plants) {
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
