package org.riskgraph.graph.staff;

import org.riskgraph.graph.common.Fields;

/** A police officer, known by badge number. */
public record Officer(String badge, String name, String unit) {

  public Officer {
    badge = Fields.requireKey("badge", badge);
    name = Fields.requireText("name", name);
    unit = Fields.optionalText("unit", unit);
  }
}
