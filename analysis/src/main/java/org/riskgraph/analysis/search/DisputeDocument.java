package org.riskgraph.analysis.search;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.entity.EntityKind;

/** A dispute (矛盾纠纷) with its narrative; an empty summary means none was recorded. */
public record DisputeDocument(
    String id,
    DisputeCategory category,
    String summary,
    OffsetDateTime openedAt,
    String villageCode,
    Optional<String> villageName)
    implements SearchDocument {

  public DisputeDocument {
    id = Fields.requireKey("id", id);
    Objects.requireNonNull(category, "category");
    summary = summary == null ? "" : summary.strip();
    Objects.requireNonNull(openedAt, "openedAt");
    villageCode = Fields.requireKey("villageCode", villageCode);
    Objects.requireNonNull(villageName, "villageName");
  }

  public static DisputeDocument of(Dispute dispute, Optional<String> villageName) {
    return new DisputeDocument(
        dispute.id(),
        dispute.category(),
        dispute.summary(),
        dispute.openedAt(),
        dispute.villageCode(),
        villageName);
  }

  @Override
  public EntityKind kind() {
    return EntityKind.DISPUTE;
  }

  @Override
  public String key() {
    return id;
  }

  @Override
  public String displayName() {
    return CategoryLabels.of(category)
        + " "
        + openedAt.toLocalDate()
        + " "
        + villageName.orElse(villageCode);
  }
}
