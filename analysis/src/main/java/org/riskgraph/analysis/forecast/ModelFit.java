package org.riskgraph.analysis.forecast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fitted endemic–epidemic model: the parameters with standard errors in R {@code hhh4}'s order
 * and naming ({@code ar.1}, {@code ne.1}, {@code end.1} or {@code end.1.<unit>}, {@code end.t},
 * {@code end.sin}, {@code end.cos}, …, {@code -log(overdisp)}), the maximised log-likelihood, the
 * periods it was fitted on (firstPeriod − 1 served as the lag only), and how the optimiser ended.
 */
public record ModelFit(
    Specification specification,
    List<Parameter> parameters,
    double logLikelihood,
    int observations,
    int firstPeriod,
    int lastPeriod,
    int iterations,
    boolean converged) {

  public ModelFit {
    Objects.requireNonNull(specification, "specification");
    parameters = List.copyOf(parameters);
  }

  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public double estimate(String name) {
    return parameter(name)
        .orElseThrow(() -> new IllegalArgumentException("no parameter " + name))
        .estimate();
  }

  /** λ = exp(α_ar), the weight of the unit's own last count (0 without that component). */
  public double lambda() {
    return parameter("ar.1").map(p -> Math.exp(p.estimate())).orElse(0.0);
  }

  /** φ = exp(α_ne), the weight of the neighbours' last counts (0 without that component). */
  public double phi() {
    return parameter("ne.1").map(p -> Math.exp(p.estimate())).orElse(0.0);
  }

  /** ψ, the overdispersion: Var = μ + ψ μ². */
  public double psi() {
    return Math.exp(-estimate("-log(overdisp)"));
  }
}
