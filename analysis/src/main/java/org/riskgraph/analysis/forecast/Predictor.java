package org.riskgraph.analysis.forecast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The predictive distribution of period T from a fit: μ[i,T] = e[i] · ν[i,T] + λ Y[i,T−1] + φ Σ_j
 * w[j,i] Y[j,T−1], NegBin with the fitted size (R: {@code predict.hhh4} / {@code oneStepAhead}).
 * Needs the counts of period T − 1 only.
 */
public final class Predictor {

  private Predictor() {}

  public static List<UnitForecast> predict(CountPanel panel, ModelFit fit, int period) {
    if (period < 1 || period > panel.periods()) {
      throw new IllegalArgumentException(
          "can forecast periods 1.." + panel.periods() + " of this panel, not " + period);
    }
    Map<String, Double> estimates = new HashMap<>();
    for (Parameter parameter : fit.parameters()) {
      estimates.put(parameter.name(), parameter.estimate());
    }
    Specification spec = fit.specification();
    int[] previous = panel.row(period - 1);
    List<String> names = spec.termNames();
    double[] terms = spec.terms(period);
    double linear = 0;
    for (int k = 0; k < names.size(); k++) {
      linear += estimates.get("end." + names.get(k)) * terms[k];
    }
    double lambda = fit.lambda();
    double phi = fit.phi();
    double size = Math.exp(estimates.get("-log(overdisp)"));
    List<UnitForecast> out = new ArrayList<>(panel.unitCount());
    List<UnitCovariate> unitCovariates = spec.unitCovariates();
    for (int i = 0; i < panel.unitCount(); i++) {
      String code = panel.units().get(i);
      Double intercept =
          spec.unitIntercepts() ? estimates.get("end.1." + code) : estimates.get("end.1");
      double endemic = 0;
      if (intercept != null) {
        double eta = intercept + linear;
        for (UnitCovariate covariate : unitCovariates) {
          eta += estimates.get("end." + covariate.name()) * covariate.value(i);
        }
        endemic = panel.share(i) * Math.exp(eta);
      }
      double ar = lambda * previous[i];
      double ne = phi * panel.weights().incoming(i, previous);
      out.add(
          new UnitForecast(
              i, endemic, ar, ne, CountDistribution.negativeBinomial(endemic + ar + ne, size)));
    }
    return out;
  }
}
