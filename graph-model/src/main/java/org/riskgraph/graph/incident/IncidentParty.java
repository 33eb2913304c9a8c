package org.riskgraph.graph.incident;

import java.util.Optional;

/** A person involved in an incident, with their name and role as stored. */
public record IncidentParty(
    String incidentId, String personId, String name, Optional<InvolvementRole> role) {}
