package org.riskgraph.graph.product;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.riskgraph.graph.entity.EntityRef;

/**
 * A stored research product: {@code (:ResearchProduct)-[:ABOUT]->(subject)}. The content is the
 * product as JSON, frozen when it was made; {@code subjects} are the records it names, for the
 * audit trail of every later read.
 *
 * @param content the product as JSON, or empty in a listing
 */
public record ResearchProduct(
    String id,
    ResearchProductKind kind,
    EntityRef subject,
    String content,
    List<String> subjects,
    String createdBy,
    OffsetDateTime createdAt,
    String purpose) {

  public ResearchProduct {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    content = content == null ? "" : content;
    subjects = List.copyOf(subjects);
  }
}
