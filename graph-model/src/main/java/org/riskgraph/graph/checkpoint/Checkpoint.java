package org.riskgraph.graph.checkpoint;

import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.village.Circle;

/** A camera or vehicle checkpoint (车辆卡口) in a village. */
public record Checkpoint(
    String code, CheckpointKind kind, String villageCode, Circle circle, Double lat, Double lon) {

  public Checkpoint {
    code = Fields.requireKey("code", code);
    if (kind == null) {
      throw new InvalidFieldException("checkpointKind", null, "is required");
    }
    villageCode = Fields.requireKey("villageCode", villageCode);
    lat = Fields.requireRange("lat", lat, -90, 90);
    lon = Fields.requireRange("lon", lon, -180, 180);
  }
}
