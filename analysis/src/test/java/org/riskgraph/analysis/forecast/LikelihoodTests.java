package org.riskgraph.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The analytic score and observed information agree with central differences of the likelihood. */
class LikelihoodTests {

  @Test
  void scoreAndInformationAreTheDerivativesOfTheLogLikelihood() {
    CountPanel panel = randomPanel(7, 9, 11);
    Specification spec =
        Specification.base(12)
            .withCovariates(SpringFestival.both(YearMonth.of(2024, 11)))
            .withUnitCovariates(List.of(UnitCovariate.of("x", 0, 1, 0, 1, 1, 0, 0.5)));
    checkDerivatives(panel, spec);
    checkDerivatives(panel, Specification.base(12).withUnitIntercepts(true).withHarmonics(2));
  }

  @Test
  void fittedScoreIsZeroAndInformationPositiveDefinite() {
    CountPanel panel = randomPanel(7, 24, 3);
    ModelFitter fitter = new ModelFitter(Specification.base(12));

    ModelFit fit = fitter.fit(panel, panel.periods() - 1);

    Likelihood likelihood = new Likelihood(panel, Specification.base(12), 1, panel.periods() - 1);
    double[] theta = fit.parameters().stream().mapToDouble(Parameter::estimate).toArray();
    for (double s : likelihood.evaluate(theta).score()) {
      assertThat(s).isCloseTo(0, within(1e-6));
    }
    assertThat(fit.parameters()).allSatisfy(p -> assertThat(p.standardError()).isPositive());
  }

  private static void checkDerivatives(CountPanel panel, Specification spec) {
    Likelihood likelihood = new Likelihood(panel, spec, 1, panel.periods() - 1);
    int p = likelihood.layout().dimension();
    SplittableRandom random = new SplittableRandom(5);
    double[] theta = new double[p];
    for (int k = 0; k < p; k++) {
      theta[k] = 0.3 * (random.nextDouble() - 0.5);
    }
    for (int k = 0; k < likelihood.layout().names().size(); k++) {
      String name = likelihood.layout().names().get(k);
      if (name.startsWith("end.1")) {
        theta[k] = 2.5;
      }
    }
    theta[likelihood.layout().overdispersion()] = 1.5;
    Likelihood.Evaluation at = likelihood.evaluate(theta);
    double h = 1e-5;
    for (int a = 0; a < p; a++) {
      double[] up = theta.clone();
      double[] down = theta.clone();
      up[a] += h;
      down[a] -= h;
      Likelihood.Evaluation plus = likelihood.evaluate(up);
      Likelihood.Evaluation minus = likelihood.evaluate(down);
      double numericScore = (plus.logLikelihood() - minus.logLikelihood()) / (2 * h);
      assertThat(at.score()[a])
          .as("score " + likelihood.layout().names().get(a))
          .isCloseTo(numericScore, within(1e-5 * (1 + Math.abs(numericScore))));
      for (int b = 0; b < p; b++) {
        double numericInformation = -(plus.score()[b] - minus.score()[b]) / (2 * h);
        assertThat(at.information()[a][b])
            .as("information " + a + "," + b)
            .isCloseTo(numericInformation, within(1e-5 * (1 + Math.abs(numericInformation))));
      }
    }
  }

  /** Counts around 3–12 per unit and period on a ring of units. */
  static CountPanel randomPanel(int units, int periods, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] counts = new int[periods][units];
    double[] shares = new double[units];
    double total = 0;
    for (int i = 0; i < units; i++) {
      shares[i] = 1 + random.nextDouble();
      total += shares[i];
    }
    for (int i = 0; i < units; i++) {
      shares[i] /= total;
    }
    for (int t = 0; t < periods; t++) {
      for (int i = 0; i < units; i++) {
        double mean = 3 + 9 * shares[i] * units / 2 * (1 + 0.3 * Math.sin(t));
        counts[t][i] = poisson(mean, random);
      }
    }
    List<int[]> ring = new java.util.ArrayList<>();
    for (int i = 0; i < units; i++) {
      ring.add(new int[] {i, (i + 1) % units});
    }
    List<String> codes = java.util.stream.IntStream.range(0, units).mapToObj(i -> "U" + i).toList();
    return new CountPanel(codes, shares, counts, NeighbourWeights.ofPairs(units, ring));
  }

  private static int poisson(double mean, SplittableRandom random) {
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
