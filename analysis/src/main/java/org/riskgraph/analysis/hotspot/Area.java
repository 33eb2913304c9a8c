package org.riskgraph.analysis.hotspot;

import java.util.Objects;
import java.util.Optional;

/**
 * One area of the map (a village or community): its key, its name for the reader, the population
 * that rates are computed on, and where it lies if known.
 */
public record Area(String code, String name, long population, Optional<Coordinates> location) {

  public Area {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("area code is required");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("area name is required for " + code);
    }
    if (population < 0) {
      throw new IllegalArgumentException(
          "population must be 0 or more for " + code + ": " + population);
    }
    Objects.requireNonNull(location, "location");
  }

  public static Area of(String code, String name, long population, double lat, double lon) {
    return new Area(code, name, population, Optional.of(new Coordinates(lat, lon)));
  }

  public static Area of(String code, String name, long population) {
    return new Area(code, name, population, Optional.empty());
  }
}
