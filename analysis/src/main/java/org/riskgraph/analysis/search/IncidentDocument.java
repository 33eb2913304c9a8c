package org.riskgraph.analysis.search;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.IncidentCategory;

/** An incident (警情) with its narrative; an empty summary means none was recorded. */
public record IncidentDocument(
    String id,
    IncidentCategory category,
    String summary,
    OffsetDateTime reportedAt,
    String villageCode,
    Optional<String> villageName)
    implements SearchDocument {

  public IncidentDocument {
    id = Fields.requireKey("id", id);
    Objects.requireNonNull(category, "category");
    summary = summary == null ? "" : summary.strip();
    Objects.requireNonNull(reportedAt, "reportedAt");
    villageCode = Fields.requireKey("villageCode", villageCode);
    Objects.requireNonNull(villageName, "villageName");
  }

  public static IncidentDocument of(Incident incident, Optional<String> villageName) {
    return new IncidentDocument(
        incident.id(),
        incident.category(),
        incident.summary(),
        incident.reportedAt(),
        incident.villageCode(),
        villageName);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.INCIDENT;
  }

  @Override
  public String key() {
    return id;
  }

  @Override
  public String displayName() {
    return CategoryLabels.of(category)
        + " "
        + reportedAt.toLocalDate()
        + " "
        + villageName.orElse(villageCode);
  }
}
