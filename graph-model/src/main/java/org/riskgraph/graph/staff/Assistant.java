package org.riskgraph.graph.staff;

import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/** A police assistant or grid worker of a village. */
public record Assistant(String id, String name, AssistantRole role, String villageCode) {

  public Assistant {
    id = Fields.requireKey("id", id);
    name = Fields.requireText("name", name);
    if (role == null) {
      throw new InvalidFieldException("role", null, "is required");
    }
    villageCode = Fields.requireKey("villageCode", villageCode);
  }
}
