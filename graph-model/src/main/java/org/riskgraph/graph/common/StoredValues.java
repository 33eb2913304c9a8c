package org.riskgraph.graph.common;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns stored property values into plain Java values for our own records: date-times as {@link
 * java.time.OffsetDateTime} in Shanghai time, dates as {@link LocalDate}, numbers, text, lists.
 */
public final class StoredValues {

  private StoredValues() {}

  /** A node's or relationship's properties, sorted by name. */
  public static Map<String, Object> properties(Value entity) {
    Map<String, Object> out = new TreeMap<>();
    for (String key : entity.keys()) {
      out.put(key, plain(entity.get(key)));
    }
    return out;
  }

  public static Object plain(Value value) {
    if (value == null || value.isNull()) {
      return null;
    }
    TypeSystem types = TypeSystem.getDefault();
    if (value.hasType(types.DATE_TIME())) {
      ZonedDateTime time = value.asZonedDateTime();
      return time.withZoneSameInstant(Fields.CHINA).toOffsetDateTime();
    }
    if (value.hasType(types.DATE())) {
      return value.asLocalDate();
    }
    if (value.hasType(types.LIST())) {
      return value.asList(StoredValues::plain);
    }
    if (value.hasType(types.MAP())) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (String key : value.keys()) {
        map.put(key, plain(value.get(key)));
      }
      return map;
    }
    return value.asObject();
  }

  public static List<String> strings(Value value) {
    return value.isNull() ? List.of() : value.asList(Value::asString);
  }
}
