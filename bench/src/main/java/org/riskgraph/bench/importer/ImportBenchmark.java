package org.riskgraph.bench.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.output.Manifest;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.ImportSummary;
import org.riskgraph.graph.importer.Importer;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.store.StoreSettings;

/**
 * Imports the same generated county twice side by side, each into a fresh embedded store of the
 * same kind: with RiskGraph's importer (then once more, to time an import that changes nothing),
 * and with Cypher's {@code LOAD CSV}. Prints records per second for each.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.riskgraph.bench.importer.ImportBenchmark
 * [tiny|county|large] [seed] [work-dir]}
 */
public final class ImportBenchmark {

  private ImportBenchmark() {}

  public static void main(String[] args) throws IOException {
    Scale scale = Scale.parse(args.length > 0 ? args[0] : "county");
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    Path work =
        args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("riskgraph-import-bench");
    Path data = work.resolve("data");
    Manifest manifest;
    if (Files.exists(data.resolve(FixtureWriter.MANIFEST))) {
      manifest = null;
      System.out.println("Reusing the county in " + data);
    } else {
      County county = CountyGenerator.generate(scale, seed, Plants.ALL);
      manifest = new FixtureWriter(data, EnumSet.of(Format.CSV)).write(county);
    }
    long records = manifest != null ? manifest.total() : countLines(data);
    System.out.printf("County %s seed %d: %,d records in %s%n", scale.label(), seed, records, data);

    double ours;
    double again;
    try (GraphStore store = GraphStore.open(storeSettings(work.resolve("store-riskgraph"), data))) {
      Importer importer =
          new Importer(
              store,
              ImportOptions.defaults("bench")
                  .withProgress(p -> System.out.println("  riskgraph: " + p)));
      ImportSummary first = importer.importPath(data);
      ours = rate(records, first.elapsed());
      System.out.printf(
          "RiskGraph importer: %,d created, %,d updated, %,d rejected in %.1f s = %,.0f records/s%n",
          first.created(), first.updated(), first.rejected(), seconds(first.elapsed()), ours);
      ImportSummary second = importer.importPath(data);
      again = rate(records, second.elapsed());
      System.out.printf(
          "RiskGraph importer again (nothing to change): %,d unchanged in %.1f s = %,.0f records/s%n",
          second.unchanged(), seconds(second.elapsed()), again);
    }

    double loadCsv;
    try (GraphStore store = GraphStore.open(storeSettings(work.resolve("store-loadcsv"), data))) {
      long started = System.nanoTime();
      for (Map.Entry<String, String> file : LoadCsvStatements.byFile().entrySet()) {
        if (Files.exists(data.resolve(file.getKey()))) {
          long t = System.nanoTime();
          store.autoCommit(file.getValue(), Map.of(), Duration.ofHours(1));
          System.out.printf(
              "  load-csv %s: %.1f s%n", file.getKey(), (System.nanoTime() - t) / 1e9);
        }
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      loadCsv = rate(records, elapsed);
      System.out.printf(
          "LOAD CSV: %,d records in %.1f s = %,.0f records/s%n",
          records, seconds(elapsed), loadCsv);
    }
    System.out.printf("Ratio RiskGraph / LOAD CSV (same run, same files): %.2f%n", ours / loadCsv);
  }

  private static StoreSettings storeSettings(Path dir, Path csv) {
    return StoreSettings.embedded(dir)
        .withTransactionTimeout(Duration.ofMinutes(30))
        .withCsvImportDir(csv);
  }

  private static long countLines(Path folder) throws IOException {
    long total = 0;
    try (var files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        try (var lines = Files.lines(file)) {
          total += lines.count() - 1;
        }
      }
    }
    return total;
  }

  private static double rate(long records, Duration elapsed) {
    return records / seconds(elapsed);
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
