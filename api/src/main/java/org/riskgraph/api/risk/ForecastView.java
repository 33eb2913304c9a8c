package org.riskgraph.api.risk;

import java.util.Comparator;
import java.util.List;
import org.riskgraph.analysis.forecast.ModelFit;
import org.riskgraph.analysis.forecast.MonthForecast;
import org.riskgraph.analysis.forecast.Parameter;
import org.riskgraph.analysis.forecast.VillageForecast;

/** The JSON shape of the forecast endpoint. Non-finite numbers (a bound's NaN) become null. */
final class ForecastView {

  private ForecastView() {}

  record Forecast(
      String kind,
      String month,
      String methodVersion,
      List<String> fittedMonths,
      Model model,
      Components components,
      List<Village> villages) {

    static Forecast of(MonthForecast forecast) {
      double total = forecast.expectedTotal();
      return new Forecast(
          forecast.kind().key(),
          forecast.month().toString(),
          forecast.methodVersion(),
          List.of(forecast.fittedFrom().toString(), forecast.fittedTo().toString()),
          Model.of(forecast.fit()),
          new Components(
              total,
              share(forecast.endemicTotal(), total),
              share(forecast.autoregressiveTotal(), total),
              share(forecast.neighboursTotal(), total)),
          forecast.villages().stream()
              .sorted(
                  Comparator.comparingDouble(VillageForecast::mean)
                      .reversed()
                      .thenComparing(VillageForecast::code))
              .map(Village::of)
              .toList());
    }
  }

  /**
   * The county's expected total and the share of it each component carries: the endemic level, the
   * villages' own last counts, their neighbours' last counts.
   */
  record Components(double expected, Double endemic, Double autoregressive, Double neighbours) {}

  record Model(
      List<ParameterView> parameters,
      double logLikelihood,
      int observations,
      boolean converged,
      double lambda,
      double phi,
      double psi) {

    static Model of(ModelFit fit) {
      return new Model(
          fit.parameters().stream().map(ParameterView::of).toList(),
          fit.logLikelihood(),
          fit.observations(),
          fit.converged(),
          fit.lambda(),
          fit.phi(),
          fit.psi());
    }
  }

  record ParameterView(String name, double estimate, Double standardError, boolean atBound) {

    static ParameterView of(Parameter parameter) {
      return new ParameterView(
          parameter.name(),
          parameter.estimate(),
          finite(parameter.standardError()),
          parameter.atBound());
    }
  }

  record Village(
      String code,
      String name,
      long population,
      double mean,
      double endemic,
      double autoregressive,
      double neighbours,
      List<Integer> interval80,
      List<Integer> interval95,
      double usual,
      double probabilityAboveUsual,
      Integer observed) {

    static Village of(VillageForecast village) {
      return new Village(
          village.code(),
          village.name(),
          village.population(),
          village.mean(),
          village.endemic(),
          village.autoregressive(),
          village.neighbours(),
          List.of(village.interval80().low(), village.interval80().high()),
          List.of(village.interval95().low(), village.interval95().high()),
          village.usual(),
          village.probabilityAboveUsual(),
          village.observed().isPresent() ? village.observed().getAsInt() : null);
    }
  }

  private static Double share(double part, double total) {
    return total > 0 ? part / total : null;
  }

  private static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
