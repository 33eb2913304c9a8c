package org.riskgraph.analysis.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A covariate of the endemic part that depends on the unit only (a village attribute): log ν[i,t]
 * gains β · u(i).
 *
 * @param name the parameter's name after {@code end.}
 * @param values u(i) by unit, in the panel's unit order
 */
public record UnitCovariate(String name, List<Double> values) {

  public UnitCovariate {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
  }

  public static UnitCovariate of(String name, double... values) {
    return new UnitCovariate(name, Arrays.stream(values).boxed().toList());
  }

  double value(int unit) {
    return values.get(unit);
  }
}
