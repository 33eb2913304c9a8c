package org.riskgraph.graph.dispute;

/** Where a dispute stands. */
public enum DisputeStatus {
  OPEN,
  MEDIATING,
  RESOLVED,
  ESCALATED
}
