package org.riskgraph.graph.dispute;

import java.time.OffsetDateTime;

/** A dispute still open (OPEN or MEDIATING) in a village, with how many parties it has. */
public record OpenDispute(
    String id,
    OffsetDateTime openedAt,
    DisputeCategory category,
    DisputeStatus status,
    long parties) {}
