package org.riskgraph.analysis.search;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.vehicle.Plate;
import org.riskgraph.graph.vehicle.Vehicle;

/** A vehicle, known by its normalised plate. */
public record VehicleDocument(Plate plate, Optional<String> vehicleKind, Optional<String> colour)
    implements SearchDocument {

  public VehicleDocument {
    Objects.requireNonNull(plate, "plate");
    Objects.requireNonNull(vehicleKind, "vehicleKind");
    Objects.requireNonNull(colour, "colour");
  }

  public static VehicleDocument of(Vehicle vehicle) {
    return new VehicleDocument(
        vehicle.plate(),
        Optional.ofNullable(vehicle.vehicleKind()),
        Optional.ofNullable(vehicle.colour()));
  }

  @Override
  public EntityKind kind() {
    return EntityKind.VEHICLE;
  }

  @Override
  public String key() {
    return plate.value();
  }

  @Override
  public String displayName() {
    return Stream.of(Optional.of(plate.value()), colour, vehicleKind)
        .flatMap(Optional::stream)
        .collect(Collectors.joining(" "));
  }
}
