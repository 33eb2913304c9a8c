package org.riskgraph.analysis.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.riskgraph.fixtures.spec.Plants;

/**
 * The Java fits equal R's {@code surveillance::hhh4} on the same data to 1e-4 relative: estimates,
 * standard errors, log-likelihoods, one-step-ahead forecasts, their scores and the PIT histogram
 * (reference.R and its output beside this test; docs/methods/forecast.md, "Reference").
 */
class ReferenceFitTests {

  /** 1e-4 relative, as a percentage for AssertJ. */
  private static final double RELATIVE = 1e-2;

  @Test
  void fitsTheMeaslesPanelAsHhh4Does() {
    CountPanel measles = ReferenceData.panel("measles4w");

    ModelFit fit = new ModelFitter(Specification.base(13)).fit(measles, measles.periods() - 1);

    assertThat(measles.periods()).isEqualTo(26);
    assertThat(measles.unitCount()).isEqualTo(17);
    assertEqualsReference(fit, "measles4w", "base");
  }

  @Test
  void fitsTheCountyPanelWithTheBaseSpecificationAsHhh4Does() {
    CountPanel county = ReferenceData.panel("county42");

    ModelFit fit = new ModelFitter(Specification.base(12)).fit(county, county.periods() - 1);

    assertEqualsReference(fit, "county42", "base");
  }

  @Test
  void fitsTheCountyPanelWithTheForecastSpecificationAsHhh4Does() {
    VillageCounts counts = ForecastFixtures.county(42, Plants.ALL, ForecastKind.INCIDENTS);

    ModelFit fit =
        new ModelFitter(VillageForecaster.specification(counts))
            .fit(counts.panel(), counts.monthCount() - 1);

    Parameter ne = fit.parameter("ne.1").orElseThrow();
    assertThat(ne.atBound()).as("φ at its bound 0, where R cannot fit it").isTrue();
    assertThat(fit.phi()).isLessThan(1e-10);
    assertEqualsReference(fit, "county42", "forecast");
  }

  @Test
  void committedCountyPanelIsTheSeed42Fixture() {
    VillageCounts counts = ForecastFixtures.county(42, Plants.ALL, ForecastKind.INCIDENTS);

    for (var file : ReferencePanelExport.files(counts).entrySet()) {
      assertThat(ReferenceData.text(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
    }
  }

  @Test
  void forecastsOneStepAheadWithTheScoresOfHhh4() {
    for (String dataset : List.of("measles4w", "county42")) {
      CountPanel panel = ReferenceData.panel(dataset);
      Specification spec = Specification.base(dataset.equals("measles4w") ? 13 : 12);
      Map<Integer, List<UnitForecast>> forecasts = new HashMap<>();
      Optional<ModelFit> previous = Optional.empty();
      int checked = 0;
      for (String[] row : ReferenceData.rows("reference-onestep.csv")) {
        if (!row[0].equals(dataset)) {
          continue;
        }
        int period = Integer.parseInt(row[2]) - 1;
        if (!forecasts.containsKey(period)) {
          ModelFit fit = new ModelFitter(spec).fit(panel, 1, period - 1, previous);
          previous = Optional.of(fit);
          forecasts.put(period, Predictor.predict(panel, fit, period));
        }
        int unit = panel.units().indexOf(row[3]);
        UnitForecast forecast = forecasts.get(period).get(unit);
        int observed = Integer.parseInt(row[4]);
        CountDistribution distribution = forecast.distribution();
        String what = dataset + " period " + row[2] + " unit " + row[3];
        assertThat(panel.count(period, unit)).as(what).isEqualTo(observed);
        assertThat(forecast.mean()).as(what).isCloseTo(value(row[5]), withinPercentage(RELATIVE));
        assertThat(distribution.size())
            .as(what)
            .isCloseTo(value(row[6]), withinPercentage(RELATIVE));
        assertClose(Scores.logarithmic(distribution, observed), value(row[7]), what + " logs");
        assertClose(Scores.rankedProbability(distribution, observed), value(row[8]), what + " rps");
        assertClose(Scores.dawidSebastiani(distribution, observed), value(row[9]), what + " dss");
        checked++;
      }
      assertThat(checked).isEqualTo(dataset.equals("measles4w") ? 6 * 17 : 6 * 89);
    }
  }

  @Test
  void drawsThePitHistogramOfHhh4() {
    CountPanel panel = ReferenceData.panel("county42");
    Pit pit = new Pit(10);
    Optional<ModelFit> previous = Optional.empty();
    for (int period = 18; period <= 23; period++) {
      ModelFit fit = new ModelFitter(Specification.base(12)).fit(panel, 1, period - 1, previous);
      previous = Optional.of(fit);
      List<UnitForecast> forecasts = Predictor.predict(panel, fit, period);
      for (int i = 0; i < panel.unitCount(); i++) {
        pit.add(forecasts.get(i).distribution(), panel.count(period, i));
      }
    }

    List<String[]> reference = ReferenceData.rows("reference-pit.csv");
    assertThat(pit.histogram()).hasSize(reference.size());
    for (int j = 0; j < reference.size(); j++) {
      assertClose(pit.histogram().get(j), value(reference.get(j)[3]), "bin " + (j + 1));
    }
  }

  private static void assertEqualsReference(ModelFit fit, String dataset, String model) {
    Map<String, double[]> reference = ReferenceData.fit(dataset, model);
    assertThat(reference).isNotEmpty();
    for (var entry : reference.entrySet()) {
      Parameter parameter = fit.parameter(entry.getKey()).orElseThrow();
      assertThat(parameter.estimate())
          .as(dataset + " " + entry.getKey())
          .isCloseTo(entry.getValue()[0], withinPercentage(RELATIVE));
      assertThat(parameter.standardError())
          .as(dataset + " se " + entry.getKey())
          .isCloseTo(entry.getValue()[1], withinPercentage(RELATIVE));
    }
    for (Parameter parameter : fit.parameters()) {
      assertThat(reference.containsKey(parameter.name()) || parameter.atBound())
          .as("R has " + parameter.name())
          .isTrue();
    }
    assertThat(fit.converged()).isTrue();
    assertThat(fit.logLikelihood())
        .isCloseTo(ReferenceData.logLikelihood(dataset, model), withinPercentage(RELATIVE));
  }

  private static void assertClose(double actual, double expected, String what) {
    assertThat(actual).as(what).isCloseTo(expected, withinPercentage(RELATIVE));
  }

  private static double value(String text) {
    return Double.parseDouble(text);
  }
}
