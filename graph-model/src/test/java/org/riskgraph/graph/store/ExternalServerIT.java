package org.riskgraph.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.ImportSummary;
import org.riskgraph.graph.importer.Importer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The store against a real Neo4j server in a container, as a deployment pointed at an external
 * server or cluster would use it. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class ExternalServerIT {

  @Container
  static final Neo4jContainer NEO4J =
      new Neo4jContainer("neo4j:2026.08.1").withAdminPassword("riskgraph-test");

  @Test
  void appliesTheSchemaAndImportsIntoAnExternalServer() {
    StoreSettings settings =
        StoreSettings.external(URI.create(NEO4J.getBoltUrl()), "neo4j", "riskgraph-test");
    try (GraphStore store = GraphStore.open(settings)) {
      assertThat(store.isEmbedded()).isFalse();
      assertThat(store.ping()).isTrue();
      List<String> constraints =
          store.read(
              tx ->
                  tx.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get(0).asString()));
      assertThat(constraints).contains("person_id_unique", "village_code_unique");

      ImportSummary summary =
          new Importer(store, ImportOptions.defaults("container-test"))
              .importPath(org.riskgraph.graph.importer.ImporterITResources.small());
      assertThat(summary.created()).isEqualTo(21);
      assertThat(summary.rejected()).isEqualTo(8);
    }
  }
}
