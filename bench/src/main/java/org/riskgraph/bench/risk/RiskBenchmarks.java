package org.riskgraph.bench.risk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.riskgraph.analysis.risk.EventRecords;
import org.riskgraph.analysis.risk.InputsAssembler;
import org.riskgraph.analysis.risk.RiskAnalysis;
import org.riskgraph.analysis.risk.RiskAssessment;
import org.riskgraph.analysis.risk.RiskInputs;
import org.riskgraph.analysis.risk.RiskInputsLoader;
import org.riskgraph.analysis.risk.RiskSettings;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.sensors.SightingLog;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.Importer;
import org.riskgraph.graph.person.Person;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.store.StoreSettings;

/**
 * Risk score timings on the county (seed 42, every plant): scoring all 89 villages × 24 months from
 * inputs in memory, counting the inputs from records in memory, loading them from an embedded store
 * with the county's events, and both together as the API does after an import. Run once with
 * single-shot forks for the cold numbers, once with average time for the warm ones.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RiskBenchmarks {

  /** The county's records in memory and the inputs counted from them. */
  @State(Scope.Benchmark)
  public static class Records {
    List<org.riskgraph.graph.village.Township> townships;
    List<org.riskgraph.graph.village.Village> villages;
    List<org.riskgraph.graph.village.Adjacency> adjacency;
    EventRecords records;
    RiskInputs inputs;
    RiskAnalysis analysis;

    @Setup(Level.Trial)
    public void setUp() {
      County county = CountyGenerator.generate(Scale.COUNTY, 42, Plants.ALL);
      townships = county.townships();
      villages = county.villages();
      adjacency = county.adjacency();
      records =
          new EventRecords(
              county.incidents(),
              county.disputes(),
              county.controls(),
              county.controlEvents(),
              villageOfPerson(county));
      inputs = InputsAssembler.fromRecords(townships, villages, adjacency, records);
      analysis = new RiskAnalysis(RiskSettings.defaults());
    }
  }

  /**
   * An embedded store holding what the score reads: the map, the persons (parties and supervised
   * persons must exist), officers, incidents, disputes, controls and their events — no sightings,
   * vehicles, phones or acquaintances, which the score never touches.
   */
  @State(Scope.Benchmark)
  public static class Graph {
    Path dir;
    GraphStore store;
    RiskInputsLoader loader;
    RiskAnalysis analysis;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      County full = CountyGenerator.generate(Scale.COUNTY, 42, Plants.ALL);
      County events =
          new County(
              full.scale(),
              full.seed(),
              full.plants(),
              false,
              full.geography(),
              full.officers(),
              full.assistants(),
              full.persons(),
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              full.incidents(),
              List.of(),
              full.disputes(),
              full.controls(),
              full.controlEvents(),
              SightingLog.EMPTY,
              full.groundTruth());
      dir = Files.createTempDirectory("risk-bench");
      Path csv = Files.createDirectories(dir.resolve("csv"));
      new FixtureWriter(csv, EnumSet.of(Format.CSV)).write(events);
      store = GraphStore.open(StoreSettings.embedded(dir.resolve("store")));
      var summary = new Importer(store, ImportOptions.defaults("bench")).importPath(csv);
      if (!summary.rejects().isEmpty()) {
        throw new IllegalStateException("import rejected lines: " + summary.rejects().size());
      }
      loader = new RiskInputsLoader(store);
      analysis = new RiskAnalysis(RiskSettings.defaults());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      store.close();
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Benchmark
  public RiskAssessment scoreCountyTwentyFourMonths(Records county) {
    return county.analysis.assess(county.inputs);
  }

  @Benchmark
  public RiskInputs countInputsFromRecords(Records county) {
    return InputsAssembler.fromRecords(
        county.townships, county.villages, county.adjacency, county.records);
  }

  @Benchmark
  public RiskInputs loadInputsFromGraph(Graph graph) {
    return graph.loader.load();
  }

  @Benchmark
  public RiskAssessment loadAndScoreFromGraph(Graph graph) {
    return graph.analysis.assess(graph.loader.load());
  }

  private static Map<String, String> villageOfPerson(County county) {
    Map<String, String> out = new HashMap<>();
    for (Person person : county.persons()) {
      if (person.villageCode() != null) {
        out.put(person.id(), person.villageCode());
      }
    }
    return out;
  }
}
