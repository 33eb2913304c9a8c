package org.riskgraph.graph.control;

/** The legal measures under which a person is supervised. */
public enum ControlCategory {
  COMMUNITY_CORRECTION,
  PAROLE,
  BAIL,
  PROTECTION_ORDER,
  DRUG_AFTERCARE,
  OTHER
}
