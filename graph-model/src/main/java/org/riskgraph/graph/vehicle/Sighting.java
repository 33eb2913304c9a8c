package org.riskgraph.graph.vehicle;

import java.time.OffsetDateTime;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/** One plate read at a checkpoint: {@code (Vehicle)-[:SEEN_AT {at}]->(Checkpoint)}. */
public record Sighting(Plate plate, String checkpointCode, OffsetDateTime at) {

  public Sighting {
    if (plate == null) {
      throw new InvalidFieldException("plate", null, "is required");
    }
    checkpointCode = Fields.requireKey("checkpointCode", checkpointCode);
    if (at == null) {
      throw new InvalidFieldException("at", null, "is required");
    }
    at = Fields.inChina(at);
  }
}
