package org.riskgraph.analysis.reports;

/** A person's part in an incident, with the name: only the named reports carry these. */
public record Party(String incidentId, String personId, String name, String role) {}
