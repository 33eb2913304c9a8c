package org.riskgraph.analysis.forecast;

import java.util.List;

/**
 * Which endemic–epidemic model to fit: Y[i,t] | past ~ NegBin(μ[i,t], ψ) with μ[i,t] = e[i] ·
 * ν[i,t] + λ · Y[i,t−1] + φ · Σ_j w[j,i] · Y[j,t−1], λ = exp(α_ar), φ = exp(α_ne), one ψ for all
 * units, and log ν[i,t] = α(i) + β · t + Σ_k β_k z_k(t) + Σ_j β_j u_j(i) + Σ_{s=1..S} (γ_s sin(2πst
 * / period) + δ_s cos(2πst / period)), α(i) = α or α_i (see {@link UnitEffects}).
 *
 * @param period periods in a year: 12 for months, 13 for four-week periods, 52 for weeks
 * @param harmonics S, the number of sine–cosine pairs (0 for none)
 * @param trend whether β · t is in the model
 * @param unitEffects one endemic intercept for all units or one per unit (with unit intercepts, a
 *     unit with no population or no event in the fitted periods has no endemic part)
 * @param autoregressive whether the unit's own last count enters (λ)
 * @param neighbours whether the neighbours' last counts enter (φ)
 * @param covariates calendar covariates z_k(t) of the endemic part
 * @param unitCovariates unit attributes u_j(i) of the endemic part (not with unit intercepts)
 */
public record Specification(
    int period,
    int harmonics,
    boolean trend,
    UnitEffects unitEffects,
    boolean autoregressive,
    boolean neighbours,
    List<TimeCovariate> covariates,
    List<UnitCovariate> unitCovariates) {

  public Specification {
    if (period < 2) {
      throw new IllegalArgumentException("period must be 2 or more: " + period);
    }
    if (harmonics < 0 || 2 * harmonics > period) {
      throw new IllegalArgumentException(
          "harmonics must be within 0.." + period / 2 + ": " + harmonics);
    }
    java.util.Objects.requireNonNull(unitEffects, "unitEffects");
    covariates = List.copyOf(covariates);
    unitCovariates = List.copyOf(unitCovariates);
    if (unitEffects == UnitEffects.FIXED && !unitCovariates.isEmpty()) {
      throw new IllegalArgumentException("unit covariates cannot be fitted beside unit intercepts");
    }
  }

  /**
   * The base specification of issue 16 (R: {@code end = addSeason2formula(~1 + t)}, {@code ar =
   * ~1}, {@code ne = ~1}): one endemic intercept, trend, one harmonic, both epidemic components.
   */
  public static Specification base(int period) {
    return new Specification(period, 1, true, UnitEffects.NONE, true, true, List.of(), List.of());
  }

  public boolean unitIntercepts() {
    return unitEffects == UnitEffects.FIXED;
  }

  public Specification withUnitEffects(UnitEffects value) {
    return new Specification(
        period, harmonics, trend, value, autoregressive, neighbours, covariates, unitCovariates);
  }

  public Specification withUnitIntercepts(boolean value) {
    return withUnitEffects(value ? UnitEffects.FIXED : UnitEffects.NONE);
  }

  public Specification withTrend(boolean value) {
    return new Specification(
        period,
        harmonics,
        value,
        unitEffects,
        autoregressive,
        neighbours,
        covariates,
        unitCovariates);
  }

  public Specification withHarmonics(int value) {
    return new Specification(
        period, value, trend, unitEffects, autoregressive, neighbours, covariates, unitCovariates);
  }

  public Specification withEpidemic(boolean ar, boolean ne) {
    return new Specification(
        period, harmonics, trend, unitEffects, ar, ne, covariates, unitCovariates);
  }

  public Specification withCovariates(List<TimeCovariate> value) {
    return new Specification(
        period, harmonics, trend, unitEffects, autoregressive, neighbours, value, unitCovariates);
  }

  public Specification withUnitCovariates(List<UnitCovariate> value) {
    return new Specification(
        period, harmonics, trend, unitEffects, autoregressive, neighbours, covariates, value);
  }

  /** The names of the time terms of the endemic part, in order (after the intercept). */
  List<String> termNames() {
    List<String> names = new java.util.ArrayList<>();
    if (trend) {
      names.add("t");
    }
    for (TimeCovariate covariate : covariates) {
      names.add(covariate.name());
    }
    for (int s = 1; s <= harmonics; s++) {
      names.add(s == 1 ? "sin" : "sin" + s);
      names.add(s == 1 ? "cos" : "cos" + s);
    }
    return names;
  }

  /** The values of the time terms in period t, in the order of {@link #termNames()}. */
  double[] terms(int t) {
    double[] out = new double[(trend ? 1 : 0) + covariates.size() + 2 * harmonics];
    int k = 0;
    if (trend) {
      out[k++] = t;
    }
    for (TimeCovariate covariate : covariates) {
      out[k++] = covariate.value(t);
    }
    for (int s = 1; s <= harmonics; s++) {
      double angle = 2 * Math.PI * s * t / period;
      out[k++] = Math.sin(angle);
      out[k++] = Math.cos(angle);
    }
    return out;
  }
}
