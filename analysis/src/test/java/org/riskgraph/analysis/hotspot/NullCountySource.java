package org.riskgraph.analysis.hotspot;

/**
 * Supplies "null" counties for the calibration harness: maps whose counts carry no spatial
 * structure in the rate (Poisson counts proportional to population). The fixtures generator's
 * {@code Plants.NONE} counties can be plugged in by implementing this one method.
 */
@FunctionalInterface
interface NullCountySource {

  CountyCounts county(long seed);
}
