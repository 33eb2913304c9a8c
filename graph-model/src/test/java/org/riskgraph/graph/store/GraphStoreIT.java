package org.riskgraph.graph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphStoreIT {

  @Test
  void startsOnLoopbackAppliesSchemaIdempotentlyAndRefusesDuplicateKeys(@TempDir Path dir) {
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
      assertThat(store.isEmbedded()).isTrue();
      assertThat(store.uri().getHost()).isEqualTo("127.0.0.1");
      assertThat(store.ping()).isTrue();

      List<String> constraints = constraintNames(store);
      assertThat(constraints)
          .contains("person_id_unique", "vehicle_plate_unique", "person_idNumber_unique");

      Schema.apply(store);
      assertThat(constraintNames(store)).hasSameSizeAs(constraints);

      store.write(tx -> tx.run("CREATE (:Person {id: 'P1', name: 'a'})").consume());
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> store.write(tx -> tx.run("CREATE (:Person {id: 'P1', name: 'b'})").consume()))
          .hasMessageContaining("already exists");
    }
  }

  @Test
  void keepsDataAcrossRestarts(@TempDir Path dir) {
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
      store.write(tx -> tx.run("CREATE (:Township {code: 'T1', name: '共和镇'})").consume());
    }
    try (GraphStore store = GraphStore.open(StoreSettings.embedded(dir))) {
      String name =
          store.read(
              tx ->
                  tx.run(
                          "MATCH (t:Township {code: $code}) RETURN t.name AS name",
                          Map.of("code", "T1"))
                      .single()
                      .get("name")
                      .asString());
      assertThat(name).isEqualTo("共和镇");
    }
    assertThat(Files.exists(dir.resolve("data"))).isTrue();
  }

  private static List<String> constraintNames(GraphStore store) {
    return store.read(
        tx ->
            tx.run("SHOW CONSTRAINTS YIELD name RETURN name").list(r -> r.get("name").asString()));
  }
}
