package org.riskgraph.graph.entity;

import java.util.Locale;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/**
 * A reference to one node as the API writes it: {@code kind:key}, e.g. {@code person:P000123} or
 * {@code vehicle:云E12345}.
 */
public record EntityRef(EntityKind kind, String key) {

  public EntityRef {
    if (kind == null) {
      throw new InvalidFieldException("kind", null, "is required");
    }
    key = Fields.requireText("key", key);
  }

  public static EntityRef parse(String text) {
    String value = Fields.requireText("ref", text);
    int colon = value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new InvalidFieldException("ref", value, "must look like kind:key, e.g. person:P000123");
    }
    EntityKind kind = EntityKind.fromName(value.substring(0, colon));
    return new EntityRef(kind, kind.normaliseKey(value.substring(colon + 1)));
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + key;
  }
}
