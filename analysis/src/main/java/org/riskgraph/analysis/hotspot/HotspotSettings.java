package org.riskgraph.analysis.hotspot;

import java.util.Objects;

/**
 * How a hotspot map is computed: the measure Gi* runs on, the neighbour weights, the number of
 * conditional permutations, the seed that makes them reproducible, and which Gi* p-value drives the
 * FDR step and the classes.
 */
public record HotspotSettings(
    Measure measure, WeightsSpec weights, int permutations, long seed, PValueSource classBy) {

  public static final int DEFAULT_PERMUTATIONS = 999;
  public static final long DEFAULT_SEED = 20_261_130L;

  public HotspotSettings {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(classBy, "classBy");
    if (permutations < 99 || permutations > 99_999) {
      throw new IllegalArgumentException(
          "permutations must be within [99, 99999]: " + permutations);
    }
  }

  /**
   * EB-smoothed rate, adjacency weights, 999 permutations, classes from the normal p-value (as
   * ArcGIS does); see docs/methods/hotspots.md for why the permutation p does not drive them.
   */
  public static HotspotSettings defaults() {
    return new HotspotSettings(
        Measure.EB_RATE,
        new WeightsSpec.Contiguity(),
        DEFAULT_PERMUTATIONS,
        DEFAULT_SEED,
        PValueSource.NORMAL);
  }

  public HotspotSettings withMeasure(Measure value) {
    return new HotspotSettings(value, weights, permutations, seed, classBy);
  }

  public HotspotSettings withWeights(WeightsSpec value) {
    return new HotspotSettings(measure, value, permutations, seed, classBy);
  }

  public HotspotSettings withPermutations(int value) {
    return new HotspotSettings(measure, weights, value, seed, classBy);
  }

  public HotspotSettings withSeed(long value) {
    return new HotspotSettings(measure, weights, permutations, value, classBy);
  }

  public HotspotSettings withClassBy(PValueSource value) {
    return new HotspotSettings(measure, weights, permutations, seed, value);
  }
}
