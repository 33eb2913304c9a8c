package org.riskgraph.graph.village;

import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/** A village committee or community (村委会/社区). */
public record Village(
    String code,
    String name,
    String townshipCode,
    long population,
    Circle circle,
    boolean complex,
    Double lat,
    Double lon) {

  public Village {
    code = Fields.requireKey("code", code);
    name = Fields.requireText("name", name);
    townshipCode = Fields.requireKey("townshipCode", townshipCode);
    if (population < 0) {
      throw new InvalidFieldException("population", population, "must be 0 or more");
    }
    lat = Fields.requireRange("lat", lat, -90, 90);
    lon = Fields.requireRange("lon", lon, -180, 180);
  }
}
