package org.riskgraph.analysis.products;

import java.time.OffsetDateTime;

/** Who made a stored product, when, why, and what it is about: printed above its content. */
public record ProductHeader(
    String id,
    String kind,
    String subject,
    String createdBy,
    OffsetDateTime createdAt,
    String purpose) {}
