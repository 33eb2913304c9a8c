package org.riskgraph.graph.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns stored property values into plain Java values for our own records: date-times as {@link
 * OffsetDateTime} in Shanghai time, dates as {@link LocalDate}, numbers, text, lists. {@link
 * #time(Value)} is the one conversion of a stored time: every mapper of graph-model uses it.
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
      return time(value);
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

  /**
   * A stored date-time as the same instant in Asia/Shanghai (offset +08:00), whatever zone it was
   * stored in; {@code null} for a missing value.
   */
  public static OffsetDateTime time(Value value) {
    if (value == null || value.isNull()) {
      return null;
    }
    ZonedDateTime time = value.asZonedDateTime();
    return time.withZoneSameInstant(Fields.CHINA).toOffsetDateTime();
  }

  public static Optional<OffsetDateTime> optionalTime(Value value) {
    return Optional.ofNullable(time(value));
  }

  /** A stored date, or {@code null}. */
  public static LocalDate date(Value value) {
    return value == null || value.isNull() ? null : value.asLocalDate();
  }

  public static Optional<LocalDate> optionalDate(Value value) {
    return Optional.ofNullable(date(value));
  }

  /** Text, or empty when missing or blank. */
  public static Optional<String> text(Value value) {
    return value == null || value.isNull() || value.asString().isBlank()
        ? Optional.empty()
        : Optional.of(value.asString());
  }

  /** A number, or {@code null}. */
  public static Double decimal(Value value) {
    return value == null || value.isNull() ? null : value.asDouble();
  }

  /** A stored name of a closed set as its enum constant, or {@code null}. */
  public static <E extends Enum<E>> E constant(Value value, Class<E> type) {
    return value == null || value.isNull() ? null : Enum.valueOf(type, value.asString());
  }

  public static List<String> strings(Value value) {
    return value.isNull() ? List.of() : value.asList(Value::asString);
  }
}
