package org.riskgraph.graph.incident;

/** Incident categories of the bureau's 110 records. */
public enum IncidentCategory {
  THEFT,
  FRAUD,
  ASSAULT,
  ROBBERY,
  DRUGS,
  TRAFFIC,
  PUBLIC_ORDER,
  DISPUTE,
  OTHER
}
