package org.riskgraph.graph.dispute;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A dispute as the risk score weighs it: where and when it was opened, its status, when it was
 * resolved and when it first escalated into an incident.
 */
public record DisputeOutcome(
    String villageCode,
    OffsetDateTime openedAt,
    Optional<OffsetDateTime> resolvedAt,
    DisputeStatus status,
    Optional<OffsetDateTime> escalatedAt) {}
