package org.riskgraph.analysis.forecast;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One village's forecast for one month: the predictive mean and what carries it (the endemic level,
 * the village's own last count, its neighbours' last counts), the central 80% and 95% predictive
 * intervals (the 10%/90% and 2.5%/97.5% quantiles, so each holds at least that share of the
 * predictive probability), the village's usual month and the probability of exceeding it, and —
 * once the month is over — what happened.
 *
 * @param usual the 90th percentile of the village's counts in the 12 months before
 * @param probabilityAboveUsual P(Y > usual): the chance of an unusual month
 * @param observed the month's count, when the month is in the data
 */
public record VillageForecast(
    String code,
    String name,
    long population,
    double mean,
    double endemic,
    double autoregressive,
    double neighbours,
    Interval interval80,
    Interval interval95,
    double usual,
    double probabilityAboveUsual,
    OptionalInt observed) {

  /** Counts from {@code low} to {@code high}, both included. */
  public record Interval(int low, int high) {}

  public VillageForecast {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(interval80, "interval80");
    Objects.requireNonNull(interval95, "interval95");
    Objects.requireNonNull(observed, "observed");
  }
}
