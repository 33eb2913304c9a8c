package org.riskgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.riskgraph.api.links.LinkProjection;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;

/**
 * The tiny seed-42 county, generated once per test JVM, and imported through the API whenever the
 * shared store does not hold it (other test classes empty the store).
 */
public final class TinyCounty {

  private static County county;

  private TinyCounty() {}

  public static synchronized County county() {
    if (county == null) {
      county = CountyGenerator.generate(Scale.TINY, 42, Plants.ALL);
    }
    return county;
  }

  /** Imports the county unless the store already holds exactly its persons and events. */
  public static void ensureLoaded(ApiTestBase test) {
    County c = county();
    if (test.count("MATCH (i:Incident) RETURN count(i)") == c.incidents().size()
        && test.count("MATCH (p:Person) RETURN count(p)") == c.persons().size()
        && test.count("MATCH (d:Dispute) RETURN count(d)") == c.disputes().size()
        && test.count("MATCH (c:Control) RETURN count(c)") == c.controls().size()) {
      return;
    }
    test.emptyStore();
    try {
      Path dir = Files.createTempDirectory("tiny-county");
      new FixtureWriter(dir, EnumSet.of(Format.NDJSON)).write(c);
      String body = Files.readString(dir.resolve(FixtureWriter.NDJSON_FILE));
      ApiClient.Response imported =
          test.api.post("/api/v1/import", "admin", "application/x-ndjson", body);
      assertThat(imported.status()).isEqualTo(200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports the county if needed, derives co-travel unless the store has it, and waits for the link
   * projection to hold both.
   */
  public static void ensureLoadedWithCoTravel(ApiTestBase test, LinkProjection projection) {
    ensureLoaded(test);
    if (test.count("MATCH ()-[r:TRAVELS_WITH]->() RETURN count(r)") == 0) {
      assertThat(test.api.post("/api/v1/admin/co-travel", "admin", "text/plain", "").status())
          .isEqualTo(200);
    }
    assertThat(projection.awaitFresh(Duration.ofMinutes(2))).isTrue();
  }
}
