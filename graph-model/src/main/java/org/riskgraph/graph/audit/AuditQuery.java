package org.riskgraph.graph.audit;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Filters for listing the audit trail; newest first, at most {@code limit} entries. */
public record AuditQuery(
    Optional<String> user,
    Optional<String> subject,
    Optional<OffsetDateTime> from,
    Optional<OffsetDateTime> to,
    int limit) {

  public static final int MAX_LIMIT = 1000;

  public AuditQuery {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
  }
}
