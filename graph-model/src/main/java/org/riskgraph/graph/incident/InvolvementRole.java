package org.riskgraph.graph.incident;

/** A person's part in an incident. */
public enum InvolvementRole {
  SUSPECT,
  VICTIM,
  WITNESS,
  REPORTER
}
