package org.riskgraph.graph.incident;

import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.vehicle.Plate;

/**
 * {@code (Person|Vehicle)-[:INVOLVED_IN {role}]->(Incident)}: exactly one of person and plate is
 * given.
 */
public record Involvement(String incidentId, String personId, Plate plate, InvolvementRole role) {

  public Involvement {
    incidentId = Fields.requireKey("incidentId", incidentId);
    personId = Fields.optionalText("personId", personId);
    if ((personId == null) == (plate == null)) {
      throw new InvalidFieldException(
          "personId", personId, "give exactly one of personId or plate");
    }
    if (role == null) {
      throw new InvalidFieldException("role", null, "is required");
    }
  }
}
