package org.riskgraph.graph.instruction;

/** How urgent an instruction is. */
public enum Priority {
  ROUTINE,
  URGENT,
  CRITICAL
}
