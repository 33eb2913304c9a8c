package org.riskgraph.graph.vehicle;

import org.riskgraph.graph.common.Fields;

/** A vehicle, known by its normalised plate; {@code ownerId} links it to a person. */
public record Vehicle(Plate plate, String vehicleKind, String colour, String ownerId) {

  public Vehicle {
    if (plate == null) {
      throw new org.riskgraph.graph.common.InvalidFieldException("plate", null, "is required");
    }
    vehicleKind = Fields.optionalText("vehicleKind", vehicleKind);
    colour = Fields.optionalText("colour", colour);
    ownerId = Fields.optionalText("ownerId", ownerId);
  }
}
