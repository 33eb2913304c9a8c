package org.riskgraph.analysis.hotspot;

import java.util.Locale;

/**
 * What a reader needs to reproduce or judge a hotspot map: the measure, the weights, the
 * permutations and seed, which p-value drives the FDR step and classes, and the version of the
 * formulas (see docs/methods/hotspots.md).
 */
public record HotspotMethod(
    Measure measure,
    String weights,
    String weightsDescription,
    int permutations,
    long seed,
    PValueSource classBy,
    String fdr,
    String formulasVersion) {

  /** Bumped whenever a formula, a default or the permutation scheme changes. */
  public static final String FORMULAS_VERSION = "riskgraph-hotspots/1";

  static HotspotMethod of(HotspotSettings settings) {
    return new HotspotMethod(
        settings.measure(),
        settings.weights().text(),
        settings.weights().describe(),
        settings.permutations(),
        settings.seed(),
        settings.classBy(),
        "Benjamini-Hochberg over all analysed villages of the period, on the "
            + settings.classBy().name().toLowerCase(Locale.ROOT)
            + " p-value; class thresholds q <= 0.01 / 0.05 / 0.10",
        FORMULAS_VERSION);
  }
}
