package org.riskgraph.analysis.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each parameter sits in the parameter vector, in the order and with the names R's {@code
 * hhh4} reports them: {@code ar.1}, {@code ne.1}, the endemic intercept(s) {@code end.1} or {@code
 * end.1.<unit>}, the time terms ({@code end.t}, {@code end.<covariate>}, {@code end.sin}, {@code
 * end.cos}, …), the unit covariates ({@code end.<name>}) and {@code -log(overdisp)}. With unit
 * intercepts, a unit without population or without any event in the fitted periods gets none: its
 * maximum-likelihood intercept would be −∞, so its endemic part is fixed at 0 instead.
 */
final class Layout {

  private final int ar;
  private final int ne;
  private final int[] interceptOf;
  private final int firstTerm;
  private final int terms;
  private final int firstUnitCovariate;
  private final int unitCovariates;
  private final int overdispersion;
  private final List<String> names;

  Layout(CountPanel panel, Specification spec, int firstRow, int lastRow) {
    List<String> list = new ArrayList<>();
    int next = 0;
    ar = spec.autoregressive() ? next++ : -1;
    if (ar >= 0) {
      list.add("ar.1");
    }
    ne = spec.neighbours() ? next++ : -1;
    if (ne >= 0) {
      list.add("ne.1");
    }
    int n = panel.unitCount();
    interceptOf = new int[n];
    if (!spec.unitIntercepts()) {
      Arrays.fill(interceptOf, next++);
      list.add("end.1");
    } else {
      for (int i = 0; i < n; i++) {
        boolean any = false;
        for (int t = firstRow; t <= lastRow && !any; t++) {
          any = panel.count(t, i) > 0;
        }
        interceptOf[i] = panel.share(i) > 0 && any ? next++ : -1;
        if (interceptOf[i] >= 0) {
          list.add("end.1." + panel.units().get(i));
        }
      }
    }
    firstTerm = next;
    for (String term : spec.termNames()) {
      list.add("end." + term);
      next++;
    }
    terms = next - firstTerm;
    firstUnitCovariate = next;
    for (UnitCovariate covariate : spec.unitCovariates()) {
      if (covariate.values().size() != n) {
        throw new IllegalArgumentException(
            "unit covariate "
                + covariate.name()
                + " has "
                + covariate.values().size()
                + " values for "
                + n
                + " units");
      }
      list.add("end." + covariate.name());
      next++;
    }
    unitCovariates = next - firstUnitCovariate;
    overdispersion = next;
    list.add("-log(overdisp)");
    names = List.copyOf(list);
  }

  int dimension() {
    return names.size();
  }

  /** Index of α_ar, or −1 without the autoregressive component. */
  int autoregressive() {
    return ar;
  }

  /** Index of α_ne, or −1 without the neighbour component. */
  int neighbours() {
    return ne;
  }

  /** Index of unit i's endemic intercept, or −1 when it has no endemic part. */
  int intercept(int unit) {
    return interceptOf[unit];
  }

  int firstTerm() {
    return firstTerm;
  }

  int terms() {
    return terms;
  }

  int firstUnitCovariate() {
    return firstUnitCovariate;
  }

  int unitCovariates() {
    return unitCovariates;
  }

  int overdispersion() {
    return overdispersion;
  }

  List<String> names() {
    return names;
  }
}
