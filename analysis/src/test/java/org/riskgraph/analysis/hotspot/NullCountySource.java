package org.riskgraph.analysis.hotspot;

/**
 * Supplies "null" counties for the calibration harness: maps whose counts carry no spatial
 * structure in the rate (Poisson counts proportional to population): {@link SyntheticCounty} and
 * the fixtures generator's {@code Plants.NONE} counties ({@link FixtureCounties}).
 */
@FunctionalInterface
interface NullCountySource {

  CountyCounts county(long seed);
}
