package org.riskgraph.analysis.forecast;

import org.riskgraph.analysis.risk.FixtureInputs;
import org.riskgraph.analysis.risk.ForecastCounts;
import org.riskgraph.analysis.risk.RiskInputs;
import org.riskgraph.fixtures.spec.Plants;

/**
 * Village × month counts of the fixtures' counties, counted by the risk inputs' own rules (the risk
 * tests' {@link FixtureInputs}, then {@link ForecastCounts}), in memory and once per test JVM.
 */
final class ForecastFixtures {

  private ForecastFixtures() {}

  static RiskInputs inputs(long seed, Plants plants) {
    return FixtureInputs.county(seed, plants);
  }

  static VillageCounts county(long seed, Plants plants, ForecastKind kind) {
    return ForecastCounts.of(inputs(seed, plants), kind);
  }
}
