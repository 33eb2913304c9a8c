package org.riskgraph.analysis.forecast;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.riskgraph.fixtures.spec.Plants;

/**
 * Prints the tables of docs/methods/forecast.md: the one-step-ahead back-test of the forecast on
 * the county fixtures (seed 42 and seeds 1–5, with and without plants), and, with the argument
 * {@code extensions}, the evidence for each change from the base specification. Run from the
 * repository root after a build; the page gives the command.
 */
public final class ForecastBackTestMain {

  private static final long[] SEEDS = {42, 1, 2, 3, 4, 5};
  private static final Plants[] PLANTS = {Plants.ALL, Plants.NONE};

  private ForecastBackTestMain() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("extensions")) {
      extensions(args.length > 1 ? ForecastKind.parse(args[1]) : ForecastKind.INCIDENTS);
      return;
    }
    ForecastKind kind = args.length > 0 ? ForecastKind.parse(args[0]) : ForecastKind.INCIDENTS;
    System.out.println(
        "| county | months | logS model / last / year | months better (logS) | RPS model / last /"
            + " year | months better (RPS) | DSS model / last / year | 80% coverage (nominal) |"
            + " PIT in 0.1..0.9 | 95% coverage |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    int[] total = new int[3];
    for (long seed : SEEDS) {
      for (Plants plants : PLANTS) {
        VillageCounts counts = ForecastFixtures.county(seed, plants, kind);
        Evaluation e = new VillageForecaster().evaluate(counts);
        MeanScores m = e.meanScores(Rival.MODEL);
        MeanScores l = e.meanScores(Rival.LAST_COUNT);
        MeanScores y = e.meanScores(Rival.YEAR_MEAN);
        long logWins = e.periodsBetterThanBothNaives(MeanScores::logarithmic);
        long rpsWins = e.periodsBetterThanBothNaives(MeanScores::rankedProbability);
        total[0] += e.periods().size();
        total[1] += (int) logWins;
        total[2] += (int) rpsWins;
        System.out.println(
            String.format(
                Locale.ROOT,
                "| seed %d, plants %s | %d | %.3f / %.3f / %.3f | %d | %.3f / %.3f / %.3f | %d |"
                    + " %.3f / %.3f / %.3f | %.3f (%.3f) | %.3f | %.3f |",
                seed,
                plants.label(),
                e.periods().size(),
                m.logarithmic(),
                l.logarithmic(),
                y.logarithmic(),
                logWins,
                m.rankedProbability(),
                l.rankedProbability(),
                y.rankedProbability(),
                rpsWins,
                m.dawidSebastiani(),
                l.dawidSebastiani(),
                y.dawidSebastiani(),
                e.coverage80(),
                e.nominal80(),
                e.pitCentral80(),
                e.coverage95()));
      }
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "all counties: %d months; model better than both naives: logS %d (%.1f%%), RPS %d"
                + " (%.1f%%)",
            total[0],
            total[1],
            100.0 * total[1] / total[0],
            total[2],
            100.0 * total[2] / total[0]));
    System.out.println();
    System.out.println(
        "| county | ρ forecast vs count | ρ last count vs count | hit rate top 10%: forecast /"
            + " last count | PAI: forecast / last count | PIT histogram (10 bins) |");
    System.out.println("|---|---|---|---|---|---|");
    for (long seed : SEEDS) {
      for (Plants plants : PLANTS) {
        Evaluation e =
            new VillageForecaster().evaluate(ForecastFixtures.county(seed, plants, kind));
        System.out.println(
            String.format(
                Locale.ROOT,
                "| seed %d, plants %s | %.3f | %.3f | %.3f / %.3f | %.2f / %.2f | %s |",
                seed,
                plants.label(),
                e.spearmanModel(),
                e.spearmanLastCount(),
                e.hitRateModel(),
                e.hitRateLastCount(),
                e.paiModel(),
                e.paiLastCount(),
                String.join(
                    " ",
                    e.pit().stream().map(d -> String.format(Locale.ROOT, "%.2f", d)).toList())));
      }
    }
  }

  /** Each step from the base specification to the forecast's, over all twelve counties. */
  private static void extensions(ForecastKind kind) {
    Map<String, Function<VillageCounts, Specification>> steps = new LinkedHashMap<>();
    steps.put("base (issue 16)", c -> Specification.base(12));
    steps.put("+ village intercepts", c -> Specification.base(12).withUnitIntercepts(true));
    steps.put(
        "+ village intercepts + festival",
        c ->
            Specification.base(12)
                .withUnitIntercepts(true)
                .withCovariates(SpringFestival.both(c.firstMonth())));
    steps.put(
        "+ village intercepts + festival − trend",
        c ->
            Specification.base(12)
                .withUnitIntercepts(true)
                .withCovariates(SpringFestival.both(c.firstMonth()))
                .withTrend(false));
    steps.put(
        "+ village attributes", c -> Specification.base(12).withUnitCovariates(c.attributes()));
    steps.put(
        "+ village attributes + festival",
        c ->
            Specification.base(12)
                .withUnitCovariates(c.attributes())
                .withCovariates(SpringFestival.both(c.firstMonth())));
    steps.put(
        "+ village attributes + festival − trend (the forecast)", VillageForecaster::specification);
    steps.put("the forecast − harmonic", c -> VillageForecaster.specification(c).withHarmonics(0));
    steps.put(
        "the forecast − epidemic components",
        c -> VillageForecaster.specification(c).withEpidemic(false, false));
    System.out.println(
        "| specification | months better than both naives: logS / RPS (of 144) | counties with"
            + " ≥ 10 of 12 (logS / RPS) | mean logS − best naive | mean RPS − best naive | 80%"
            + " coverage |");
    System.out.println("|---|---|---|---|---|---|");
    for (var step : steps.entrySet()) {
      int log = 0;
      int rps = 0;
      int countiesLog = 0;
      int countiesRps = 0;
      double dLog = 0;
      double dRps = 0;
      double coverage = 0;
      int counties = 0;
      for (long seed : SEEDS) {
        for (Plants plants : PLANTS) {
          VillageCounts counts = ForecastFixtures.county(seed, plants, kind);
          Evaluation e =
              new OneStepAhead(
                      new ModelFitter(step.getValue().apply(counts)), VillageForecaster.MIN_HISTORY)
                  .run(counts.panel());
          long l = e.periodsBetterThanBothNaives(MeanScores::logarithmic);
          long r = e.periodsBetterThanBothNaives(MeanScores::rankedProbability);
          log += (int) l;
          rps += (int) r;
          countiesLog += l >= 10 ? 1 : 0;
          countiesRps += r >= 10 ? 1 : 0;
          dLog += e.meanScores(Rival.MODEL).logarithmic() - best(e, MeanScores::logarithmic);
          dRps +=
              e.meanScores(Rival.MODEL).rankedProbability()
                  - best(e, MeanScores::rankedProbability);
          coverage += e.coverage80();
          counties++;
        }
      }
      System.out.println(
          String.format(
              Locale.ROOT,
              "| %s | %d / %d | %d / %d | %+.3f | %+.3f | %.3f |",
              step.getKey(),
              log,
              rps,
              countiesLog,
              countiesRps,
              dLog / counties,
              dRps / counties,
              coverage / counties));
    }
  }

  private static double best(Evaluation e, Function<MeanScores, Double> score) {
    return Math.min(
        score.apply(e.meanScores(Rival.LAST_COUNT)), score.apply(e.meanScores(Rival.YEAR_MEAN)));
  }
}
