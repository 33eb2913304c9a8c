package org.riskgraph.analysis.forecast;

import java.util.Objects;

/**
 * One fitted parameter on the scale it is estimated on (log λ, log φ, the endemic log-linear
 * coefficients, −log ψ), with its standard error from the inverse observed Fisher information (NaN
 * when that matrix is singular, or when the estimate is at its bound).
 *
 * @param atBound the likelihood kept rising towards the parameter's bound (λ or φ → 0: the
 *     component is not in the data; ψ → 0: the counts are Poisson), so it was fixed there
 */
public record Parameter(String name, double estimate, double standardError, boolean atBound) {

  public Parameter {
    Objects.requireNonNull(name, "name");
  }
}
