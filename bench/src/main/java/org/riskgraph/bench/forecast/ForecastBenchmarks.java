package org.riskgraph.bench.forecast;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.riskgraph.analysis.forecast.Evaluation;
import org.riskgraph.analysis.forecast.ForecastKind;
import org.riskgraph.analysis.forecast.ModelFit;
import org.riskgraph.analysis.forecast.ModelFitter;
import org.riskgraph.analysis.forecast.Specification;
import org.riskgraph.analysis.forecast.VillageCounts;
import org.riskgraph.analysis.forecast.VillageForecaster;
import org.riskgraph.analysis.risk.EventRecords;
import org.riskgraph.analysis.risk.ForecastCounts;
import org.riskgraph.analysis.risk.InputsAssembler;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;

/**
 * Forecast timings on the county (seed 42, every plant; 89 villages × 24 months of incidents): one
 * fit of the forecast's model on all 24 months; the one-step-ahead back-test (12 rolling refits on
 * 12..23 months, each warm-started from the one before, with the forecasts, both naive forecasts,
 * their scores, the PIT and the ranking measures); both together, which is the goal of issue 16 (≤
 * 2 s); and one fit of the base specification for comparison.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ForecastBenchmarks {

  /** The county's incident counts in memory. */
  @State(Scope.Benchmark)
  public static class Counts {
    VillageCounts counts;
    VillageForecaster forecaster;

    @Setup(Level.Trial)
    public void setUp() {
      County county = CountyGenerator.generateEvents(Scale.COUNTY, 42, Plants.ALL);
      counts =
          ForecastCounts.of(
              InputsAssembler.fromRecords(
                  county.townships(),
                  county.villages(),
                  county.adjacency(),
                  new EventRecords(
                      county.incidents(), county.disputes(), List.of(), List.of(), Map.of())),
              ForecastKind.INCIDENTS);
      forecaster = new VillageForecaster();
    }
  }

  @Benchmark
  public ModelFit fitCounty(Counts state) {
    return new ModelFitter(VillageForecaster.specification(state.counts))
        .fit(state.counts.panel(), state.counts.monthCount() - 1);
  }

  @Benchmark
  public Evaluation oneStepAheadCounty(Counts state) {
    return state.forecaster.evaluate(state.counts);
  }

  @Benchmark
  public Object fitAndOneStepAheadCounty(Counts state) {
    ModelFit fit = fitCounty(state);
    Evaluation evaluation = state.forecaster.evaluate(state.counts);
    return new Object[] {fit, evaluation};
  }

  @Benchmark
  public ModelFit fitCountyBaseSpecification(Counts state) {
    return new ModelFitter(Specification.base(12))
        .fit(state.counts.panel(), state.counts.monthCount() - 1);
  }
}
