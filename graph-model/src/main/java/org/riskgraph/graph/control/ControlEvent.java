package org.riskgraph.graph.control;

import java.time.OffsetDateTime;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/** An event recorded under a control: {@code (Control)-[:RECORDED]->(ControlEvent)}. */
public record ControlEvent(String id, String controlId, OffsetDateTime at, ControlEventKind kind) {

  public ControlEvent {
    id = Fields.requireKey("id", id);
    controlId = Fields.requireKey("controlId", controlId);
    if (at == null) {
      throw new InvalidFieldException("at", null, "is required");
    }
    at = Fields.inChina(at);
    if (kind == null) {
      throw new InvalidFieldException("type", null, "is required");
    }
  }
}
