package org.riskgraph.analysis.hotspot;

/**
 * Runs the hotspot analysis on many null counties and counts how often villages come out hot at an
 * FDR level: the evidence that "hot at q = 0.05" is not produced by noise more than it should.
 */
final class CalibrationHarness {

  /**
   * Totals over all seeds: villages analysed, villages hot, seeds with any hot village, worst seed.
   */
  record Outcome(int seeds, long villages, long hot, int seedsWithHot, double worstSeedShare) {

    double hotShare() {
      return (double) hot / villages;
    }
  }

  private CalibrationHarness() {}

  static Outcome run(NullCountySource source, HotspotSettings settings, int seeds, double alpha) {
    long villages = 0;
    long hot = 0;
    int seedsWithHot = 0;
    double worst = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      CountyCounts county = source.county(seed);
      HotspotMap map =
          new HotspotAnalysis(settings.withSeed(seed)).analyse(county.map(), county.counts());
      int hotHere = map.hotAt(alpha).size();
      villages += map.villages().size();
      hot += hotHere;
      if (hotHere > 0) {
        seedsWithHot++;
      }
      worst = Math.max(worst, (double) hotHere / map.villages().size());
    }
    return new Outcome(seeds, villages, hot, seedsWithHot, worst);
  }
}
