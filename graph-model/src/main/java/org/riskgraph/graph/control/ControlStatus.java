package org.riskgraph.graph.control;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** An active control with how its supervision has gone: the enforcement-supervision view. */
public record ControlStatus(
    String controlId,
    String personId,
    String personName,
    ControlCategory category,
    String level,
    String legalBasis,
    LocalDate startsOn,
    LocalDate endsOn,
    String officerBadge,
    long checkIns,
    long missedCheckIns,
    long violations,
    Optional<OffsetDateTime> lastEventAt) {}
