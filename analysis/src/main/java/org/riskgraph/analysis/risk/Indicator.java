package org.riskgraph.analysis.risk;

/**
 * The five indicators a village's monthly score is built from; docs/methods/risk.md defines each
 * and names its data source. {@link #key()} is the name clients see.
 */
public enum Indicator {
  /** Severity-weighted incidents per 1,000 residents in the month. */
  INCIDENT_RATE("incidentRate"),
  /** New disputes, disputes open over 30 days at month end and escalations, per 1,000 residents. */
  DISPUTE_PRESSURE("disputePressure"),
  /** Missed check-ins and violations per control in force in the month. */
  SUPERVISION_LAPSES("supervisionLapses"),
  /** −log10 of the upper-tail p-value of the month's incident count under the village baseline. */
  SURPRISE("surprise"),
  /** Getis-Ord Gi* z of the village's dispute rate over the last months. */
  DISPUTE_HOTSPOT("disputeHotspot");

  private final String key;

  Indicator(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
