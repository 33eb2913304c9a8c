package org.riskgraph.analysis.reports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.riskgraph.graph.incident.IncidentCategory;

/**
 * An incident of severity 3 or more. The anonymous version has no summary (free text may name
 * people) and no parties; the named version, for the command hall, has both.
 */
public record SeriousIncident(
    String id,
    OffsetDateTime reportedAt,
    IncidentCategory category,
    int severity,
    String villageCode,
    String villageName,
    String townshipName,
    String status,
    Optional<String> summary,
    List<Party> parties) {

  public SeriousIncident {
    summary = summary == null ? Optional.empty() : summary;
    parties = List.copyOf(parties);
  }
}
