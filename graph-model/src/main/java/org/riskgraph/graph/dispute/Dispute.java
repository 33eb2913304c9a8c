package org.riskgraph.graph.dispute;

import java.time.OffsetDateTime;
import java.util.List;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/** A dispute between residents, with its parties and the incident it escalated to, if any. */
public record Dispute(
    String id,
    OffsetDateTime openedAt,
    DisputeCategory category,
    String villageCode,
    DisputeStatus status,
    OffsetDateTime resolvedAt,
    String summary,
    List<String> partyIds,
    String escalatedTo) {

  public Dispute {
    id = Fields.requireKey("id", id);
    if (openedAt == null) {
      throw new InvalidFieldException("openedAt", null, "is required");
    }
    openedAt = Fields.inChina(openedAt);
    if (category == null) {
      throw new InvalidFieldException("category", null, "is required");
    }
    villageCode = Fields.requireKey("villageCode", villageCode);
    if (status == null) {
      throw new InvalidFieldException("status", null, "is required");
    }
    if (resolvedAt != null) {
      resolvedAt = Fields.inChina(resolvedAt);
      if (resolvedAt.isBefore(openedAt)) {
        throw new InvalidFieldException("resolvedAt", resolvedAt, "is before openedAt");
      }
    }
    summary = Fields.optionalText("summary", summary);
    partyIds = partyIds == null ? List.of() : List.copyOf(partyIds);
    escalatedTo = Fields.optionalText("escalatedTo", escalatedTo);
  }
}
