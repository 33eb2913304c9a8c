package org.riskgraph.api.links;

import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;

/** Request parameters read as text, so a bad value is a 400 that names its parameter. */
final class Params {

  private Params() {}

  static EntityRef ref(String kind, String key, String parameter) {
    EntityKind entityKind = EntityKind.fromName(kind);
    try {
      return new EntityRef(entityKind, entityKind.normaliseKey(key));
    } catch (InvalidFieldException e) {
      throw new InvalidFieldException(parameter, key, e.reason());
    }
  }

  static int integer(String parameter, String text, int fallback, int min, int max) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    return (int) Fields.requireLong(parameter, text.strip(), min, max);
  }

  static boolean flag(String parameter, String text) {
    Boolean value = Fields.optionalBoolean(parameter, text);
    return value != null && value;
  }
}
