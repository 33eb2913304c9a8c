package org.riskgraph.analysis.hotspot;

/**
 * The space-time patterns of ArcGIS Pro's Emerging Hot Spot Analysis. The rules, and the order in
 * which overlapping ArcGIS definitions are resolved, are in {@link EmergingClassifier} and
 * docs/methods/hotspots.md.
 */
public enum EmergingCategory {
  NEW_HOT,
  CONSECUTIVE_HOT,
  INTENSIFYING_HOT,
  PERSISTENT_HOT,
  DIMINISHING_HOT,
  SPORADIC_HOT,
  OSCILLATING_HOT,
  HISTORICAL_HOT,
  NEW_COLD,
  CONSECUTIVE_COLD,
  INTENSIFYING_COLD,
  PERSISTENT_COLD,
  DIMINISHING_COLD,
  SPORADIC_COLD,
  OSCILLATING_COLD,
  HISTORICAL_COLD,
  NO_PATTERN
}
