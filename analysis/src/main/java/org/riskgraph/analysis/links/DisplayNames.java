package org.riskgraph.analysis.links;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.riskgraph.graph.common.EntityKind;
import org.riskgraph.graph.common.EntityRef;

/** What to call an entity in a sentence, read from the store: a name, or its key with its kind. */
public final class DisplayNames {

  private DisplayNames() {}

  /** As {@link #read(TransactionContext, Collection)}, in a read transaction of its own. */
  public static Map<EntityRef, String> read(
      org.riskgraph.graph.store.GraphStore store,
      java.time.Duration timeout,
      Collection<EntityRef> refs) {
    return store.read(timeout, tx -> read(tx, refs));
  }

  /** Names of the refs that exist; a ref missing from the answer is not in the store. */
  public static Map<EntityRef, String> read(TransactionContext tx, Collection<EntityRef> refs) {
    Map<EntityKind, List<String>> byKind = new EnumMap<>(EntityKind.class);
    for (EntityRef ref : refs) {
      List<String> keys = byKind.computeIfAbsent(ref.kind(), k -> new ArrayList<>());
      if (!keys.contains(ref.key())) {
        keys.add(ref.key());
      }
    }
    Map<EntityRef, String> names = new HashMap<>();
    byKind.forEach(
        (kind, keys) -> {
          String cypher =
              "MATCH (n:"
                  + kind.label()
                  + ") WHERE n."
                  + kind.keyProperty()
                  + " IN $keys RETURN n."
                  + kind.keyProperty()
                  + " AS key, n.name AS name";
          tx.run(cypher, Map.of("keys", keys))
              .forEachRemaining(
                  row -> {
                    String key = row.get("key").asString();
                    String name = row.get("name").isNull() ? null : row.get("name").asString();
                    names.put(new EntityRef(kind, key), of(kind, key, name));
                  });
        });
    return names;
  }

  /** Persons, places and staff by name; records by kind and number; vehicles and phones as is. */
  public static String of(EntityKind kind, String key, String name) {
    return switch (kind) {
      case PERSON, VILLAGE, TOWNSHIP, OFFICER, ASSISTANT -> name == null ? key : name;
      case INCIDENT -> "警情 " + key;
      case DISPUTE -> "纠纷 " + key;
      case CONTROL -> "管控 " + key;
      case CONTROL_EVENT -> "管控记录 " + key;
      case CHECKPOINT -> "卡口 " + key;
      case VEHICLE, PHONE -> key;
    };
  }
}
