package org.riskgraph.graph.vehicle;

/**
 * The plate reads of one checkpoint, oldest first: {@code plates[i]} read at epoch second {@code
 * seconds[i]}. Two arrays rather than a record per read, so two million reads stay light.
 */
public record CheckpointSightings(String checkpoint, String[] plates, long[] seconds) {

  public int size() {
    return plates.length;
  }
}
