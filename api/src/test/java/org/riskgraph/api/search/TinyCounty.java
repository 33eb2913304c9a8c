package org.riskgraph.api.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.riskgraph.api.importer.ImportService;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.store.GraphStore;

/**
 * The tiny county (seed 42) for tests through the running app. Test classes share one store and
 * some empty it, so each loads the county when it is not (entirely) there, through the import
 * service, as an administrator's import would: the search index and the duplicate list follow.
 */
public final class TinyCounty {

  public static final String SOURCE = "test:tiny-42";

  private static County county;

  private TinyCounty() {}

  public static synchronized County county() {
    if (county == null) {
      county = CountyGenerator.generate(Scale.TINY, 42, Plants.ALL);
    }
    return county;
  }

  /**
   * Loads the county unless every person and incident it holds is there as it imported them.
   *
   * @param emptyStore empties the store first
   * @return whether it was loaded now
   */
  public static boolean ensureLoaded(GraphStore store, ImportService imports, Runnable emptyStore) {
    County c = county();
    if (count(store, "Person") == c.persons().size()
        && count(store, "Incident") == c.incidents().size()
        && count(store, "Dispute") == c.disputes().size()) {
      return false;
    }
    emptyStore.run();
    try {
      Path dir = Files.createTempDirectory("riskgraph-tiny");
      new FixtureWriter(dir, EnumSet.of(Format.CSV)).write(c);
      imports.importPath(dir, SOURCE);
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  private static long count(GraphStore store, String label) {
    return store.read(
        tx ->
            tx.run(
                    "MATCH (n:" + label + ") WHERE n.source = $source RETURN count(n)",
                    Map.of("source", SOURCE))
                .single()
                .get(0)
                .asLong());
  }
}
