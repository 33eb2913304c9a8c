package org.riskgraph.analysis.risk;

/** The colour of a score: BLUE below 40, YELLOW below 60, ORANGE below 80, RED from 80. */
public enum RiskLevel {
  BLUE,
  YELLOW,
  ORANGE,
  RED;

  public static RiskLevel of(double score) {
    if (score >= 80) {
      return RED;
    }
    if (score >= 60) {
      return ORANGE;
    }
    return score >= 40 ? YELLOW : BLUE;
  }
}
