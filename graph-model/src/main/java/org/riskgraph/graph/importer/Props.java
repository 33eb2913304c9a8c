package org.riskgraph.graph.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a property map in which an absent optional value is an explicit null. */
final class Props {

  private final Map<String, Object> values = new HashMap<>();

  static Props of() {
    return new Props();
  }

  Props put(String name, Object value) {
    values.put(name, normalise(value));
    return this;
  }

  Map<String, Object> map() {
    return values;
  }

  private static Object normalise(Object value) {
    return switch (value) {
      case null -> null;
      case Enum<?> e -> e.name();
      case Integer i -> i.longValue();
      case List<?> list -> List.copyOf(list);
      default -> value;
    };
  }
}
