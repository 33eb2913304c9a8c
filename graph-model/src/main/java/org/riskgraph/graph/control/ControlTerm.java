package org.riskgraph.graph.control;

import java.time.LocalDate;
import java.util.Optional;

/** A control's term and the village its subject lives in (the smallest code if several). */
public record ControlTerm(
    String controlId, Optional<String> villageCode, LocalDate startsOn, LocalDate endsOn) {}
