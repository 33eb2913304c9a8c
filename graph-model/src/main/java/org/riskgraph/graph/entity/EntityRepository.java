package org.riskgraph.graph.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.store.GraphStore;

/** Looks up one node by kind and business key. */
public final class EntityRepository {

  private final GraphStore store;

  public EntityRepository(GraphStore store) {
    this.store = store;
  }

  public Optional<EntityDetails> find(EntityRef ref) {
    EntityKind kind = ref.kind();
    String cypher =
        "MATCH (n:"
            + kind.label()
            + " {"
            + kind.keyProperty()
            + ": $key}) "
            + "CALL (n) { MATCH (n)-[r]->() RETURN collect(type(r) + '>') AS outgoing } "
            + "CALL (n) { MATCH (n)<-[r]-() RETURN collect('<' + type(r)) AS incoming } "
            + "RETURN n, outgoing + incoming AS types";
    return store.read(
        tx -> {
          var result = tx.run(cypher, Map.of("key", ref.key()));
          if (!result.hasNext()) {
            return Optional.empty();
          }
          var row = result.next();
          Map<String, Object> properties = StoredValues.properties(row.get("n"));
          Map<String, Long> counts = new LinkedHashMap<>();
          for (String type : StoredValues.strings(row.get("types"))) {
            counts.merge(type, 1L, Long::sum);
          }
          return Optional.of(
              new EntityDetails(ref, displayName(kind, properties), properties, counts));
        });
  }

  /** What to call an entity in a sentence: a name where it has one, otherwise its key. */
  public static String displayName(EntityKind kind, Map<String, Object> properties) {
    Object name = properties.get("name");
    if (name != null) {
      return name.toString();
    }
    Object key = properties.get(kind.keyProperty());
    return key == null ? "?" : key.toString();
  }
}
