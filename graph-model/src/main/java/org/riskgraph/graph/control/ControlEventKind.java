package org.riskgraph.graph.control;

/** What happened under a control. */
public enum ControlEventKind {
  CHECK_IN,
  MISSED_CHECK_IN,
  VIOLATION,
  VISIT
}
