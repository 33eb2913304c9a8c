package org.riskgraph.analysis.forecast;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The forecast of one month for every village, from a model fitted on the months before it: the fit
 * (parameters, standard errors, log-likelihood), the villages in code order, and the county's
 * expected total split into its three components.
 *
 * @param fittedFrom the first month whose counts were fitted (the month before it served as lag)
 * @param fittedTo the last month fitted: the month before {@code month}
 */
public record MonthForecast(
    ForecastKind kind,
    YearMonth month,
    String methodVersion,
    YearMonth fittedFrom,
    YearMonth fittedTo,
    ModelFit fit,
    List<VillageForecast> villages) {

  public MonthForecast {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(fit, "fit");
    villages = List.copyOf(villages);
  }

  public Optional<VillageForecast> village(String code) {
    return villages.stream().filter(v -> v.code().equals(code)).findFirst();
  }

  public double expectedTotal() {
    return villages.stream().mapToDouble(VillageForecast::mean).sum();
  }

  public double endemicTotal() {
    return villages.stream().mapToDouble(VillageForecast::endemic).sum();
  }

  public double autoregressiveTotal() {
    return villages.stream().mapToDouble(VillageForecast::autoregressive).sum();
  }

  public double neighboursTotal() {
    return villages.stream().mapToDouble(VillageForecast::neighbours).sum();
  }
}
