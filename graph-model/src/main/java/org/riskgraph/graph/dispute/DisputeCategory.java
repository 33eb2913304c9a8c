package org.riskgraph.graph.dispute;

/** Categories of disputes between residents (矛盾纠纷). */
public enum DisputeCategory {
  LAND,
  NEIGHBOUR,
  MARRIAGE_FAMILY,
  DEBT,
  LABOUR,
  CONTRACT,
  OTHER
}
