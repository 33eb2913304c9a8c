package org.riskgraph.analysis.hotspot;

/** A WGS-84 position in degrees, used only for k-nearest-neighbour weights. */
public record Coordinates(double lat, double lon) {

  public Coordinates {
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("lat must be within [-90, 90]: " + lat);
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("lon must be within [-180, 180]: " + lon);
    }
  }
}
