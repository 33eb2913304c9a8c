package org.riskgraph.graph.control;

import java.util.Optional;

/**
 * Controls in force during a period whose subjects live in a village (none: subjects without a
 * village), with their missed check-ins and violations in the period.
 */
public record VillageSupervision(
    Optional<String> villageCode, long controls, long missedCheckIns, long violations) {}
