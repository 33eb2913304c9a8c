package org.riskgraph.graph.incident;

import java.time.OffsetDateTime;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/** A reported event (警情): a 110 call, a walk-in or a patrol find. */
public record Incident(
    String id,
    OffsetDateTime reportedAt,
    IncidentCategory category,
    int severity,
    String villageCode,
    Double lat,
    Double lon,
    String summary,
    String status) {

  public Incident {
    id = Fields.requireKey("id", id);
    if (reportedAt == null) {
      throw new InvalidFieldException("reportedAt", null, "is required");
    }
    reportedAt = Fields.inChina(reportedAt);
    if (category == null) {
      throw new InvalidFieldException("category", null, "is required");
    }
    if (severity < 1 || severity > 4) {
      throw new InvalidFieldException("severity", severity, "must be between 1 and 4");
    }
    villageCode = Fields.requireKey("villageCode", villageCode);
    lat = Fields.requireRange("lat", lat, -90, 90);
    lon = Fields.requireRange("lon", lon, -180, 180);
    summary = Fields.optionalText("summary", summary);
    status = Fields.optionalText("status", status);
  }
}
