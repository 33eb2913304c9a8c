package org.riskgraph.analysis.forecast;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.riskgraph.analysis.risk.EventRecords;
import org.riskgraph.analysis.risk.ForecastCounts;
import org.riskgraph.analysis.risk.InputsAssembler;
import org.riskgraph.analysis.risk.RiskInputs;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.Plants;
import org.riskgraph.fixtures.Scale;

/**
 * Village × month counts of the fixtures' counties, counted by the risk inputs' own rules
 * (InputsAssembler, ForecastCounts), in memory. Each (scale, seed, plants) is generated once per
 * test JVM.
 */
final class ForecastFixtures {

  private static final Map<String, RiskInputs> CACHE = new ConcurrentHashMap<>();

  private ForecastFixtures() {}

  static RiskInputs inputs(Scale scale, long seed, Plants plants) {
    return CACHE.computeIfAbsent(
        scale + "/" + seed + "/" + plants,
        k -> of(CountyGenerator.generateEvents(scale, seed, plants)));
  }

  static VillageCounts county(long seed, Plants plants, ForecastKind kind) {
    return ForecastCounts.of(inputs(Scale.COUNTY, seed, plants), kind);
  }

  private static RiskInputs of(County county) {
    return InputsAssembler.fromRecords(
        county.townships(),
        county.villages(),
        county.adjacency(),
        new EventRecords(county.incidents(), county.disputes(), List.of(), List.of(), Map.of()));
  }
}
