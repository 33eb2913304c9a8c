package org.riskgraph.graph.village;

/** The three rings of the prevention system (三圈): urban, suburban, rural. */
public enum Circle {
  URBAN,
  SUBURBAN,
  RURAL
}
