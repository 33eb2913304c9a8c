package org.riskgraph.api.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.riskgraph.analysis.cotravel.CoTravelPair;
import org.riskgraph.analysis.cotravel.CoTravelRule;
import org.riskgraph.api.audit.AuditTrail;
import org.riskgraph.api.importer.ImportService;
import org.riskgraph.api.links.CoTravelService;
import org.riskgraph.api.store.DemoLoadState;
import org.riskgraph.api.store.RiskGraphProperties;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.importer.ImportSummary;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.village.VillageRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * In demo mode, loads the synthetic county on first start: generates it (the same data and ground
 * truth as the fixtures jar with the same seed) into {@code <data-dir>/demo-county/…}, then imports
 * that folder. A store that already holds data is left as it is, unless an earlier demo load was
 * interrupted: then the (idempotent) import simply runs again.
 */
@Component
@ConditionalOnProperty(name = "riskgraph.demo.enabled", havingValue = "true")
class DemoLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

  /** Written after a complete import, so that a load that died half-way is resumed. */
  static final String IMPORTED = "imported.ok";

  private final RiskGraphProperties properties;
  private final GraphStore store;
  private final ImportService imports;
  private final DemoLoadState state;
  private final AuditTrail audit;
  private final CoTravelService coTravel;

  DemoLoader(
      RiskGraphProperties properties,
      GraphStore store,
      ImportService imports,
      DemoLoadState state,
      AuditTrail audit,
      CoTravelService coTravel) {
    this.properties = properties;
    this.store = store;
    this.imports = imports;
    this.state = state;
    this.audit = audit;
    this.coTravel = coTravel;
  }

  @Override
  public void run(ApplicationArguments args) {
    RiskGraphProperties.Demo demo = properties.demo();
    if (!demo.load()) {
      log.info("Demo mode without the demo county (riskgraph.demo.load=false)");
      return;
    }
    Scale scale = Scale.parse(demo.scale());
    Path folder =
        properties.dataDir().resolve("demo-county").resolve(scale.label() + "-seed" + demo.seed());
    boolean interrupted = Files.exists(folder) && !Files.exists(folder.resolve(IMPORTED));
    if (hasVillages() && !interrupted) {
      log.info("The store already holds data; the demo county is not loaded again");
      return;
    }
    state.loading(true);
    try {
      if (!Files.exists(folder.resolve(FixtureWriter.MANIFEST))) {
        generate(scale, demo.seed(), folder);
      }
      ImportSummary summary =
          imports.importPath(folder, "demo:" + scale.label() + "-seed" + demo.seed());
      audit.record(
          "system",
          List.of(),
          AuditAction.IMPORT,
          "demo county " + folder.getFileName(),
          summary.supervisionChanges(),
          "created " + summary.created() + ", rejected " + summary.rejected());
      deriveCoTravel();
      Files.writeString(folder.resolve(IMPORTED), summary.created() + " records created\n");
      log.info(
          "Demo county loaded; ground truth in {}", folder.resolve(FixtureWriter.GROUND_TRUTH));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      state.loading(false);
    }
  }

  /** Co-travel is derived, not imported: derive it from the county's sightings. */
  private void deriveCoTravel() {
    CoTravelService.Run run = coTravel.derive(CoTravelRule.defaults());
    List<String> vehicles = new java.util.ArrayList<>();
    for (CoTravelPair pair : run.result().pairs()) {
      vehicles.add("vehicle:" + pair.plateA());
      vehicles.add("vehicle:" + pair.plateB());
    }
    audit.record(
        "system",
        List.of(),
        AuditAction.DERIVATION,
        "co-travel after the demo county",
        vehicles.subList(0, Math.min(vehicles.size(), 500)),
        run.result().pairs().size() + " pairs");
  }

  private boolean hasVillages() {
    return new VillageRepository(store).any();
  }

  private static void generate(Scale scale, long seed, Path folder) {
    log.info("Generating the {} demo county with seed {} into {}", scale.label(), seed, folder);
    County county =
        CountyGenerator.generate(scale, seed, Plants.ALL, stage -> log.info("Generated {}", stage));
    try {
      Files.createDirectories(folder);
      new FixtureWriter(folder, EnumSet.of(Format.CSV))
          .write(county, step -> log.info("Wrote {}", step));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo county to " + folder, e);
    }
  }
}
