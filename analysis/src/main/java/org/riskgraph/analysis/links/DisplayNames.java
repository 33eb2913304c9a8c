package org.riskgraph.analysis.links;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkRepository;
import org.riskgraph.graph.store.GraphStore;

/** What to call an entity in a sentence: a name, or its key with its kind. */
public final class DisplayNames {

  private DisplayNames() {}

  /** Names of the refs that exist, in a read transaction of their own. */
  public static Map<EntityRef, String> read(
      GraphStore store, Duration timeout, Collection<EntityRef> refs) {
    return of(new LinkRepository(store).names(timeout, refs));
  }

  /** What to call each of the stored nodes, from their stored names. */
  public static Map<EntityRef, String> of(Map<EntityRef, Optional<String>> stored) {
    Map<EntityRef, String> names = new HashMap<>();
    stored.forEach((ref, name) -> names.put(ref, of(ref.kind(), ref.key(), name.orElse(null))));
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
