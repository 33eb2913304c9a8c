package org.riskgraph.graph.person;

/** How two persons know each other. */
public enum KnowsKind {
  FAMILY,
  SPOUSE,
  NEIGHBOUR,
  COWORKER,
  ASSOCIATE
}
