package org.riskgraph.graph.importer;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares what a record says with what the store holds, ignoring provenance. */
final class PropertyValues {

  static final Set<String> PROVENANCE = Set.of("source", "ingestedAt");

  private PropertyValues() {}

  /** Whether every property of the record equals the stored one (absent = null). */
  static boolean sameAs(Map<String, Object> record, Map<String, Object> stored) {
    for (Map.Entry<String, Object> entry : record.entrySet()) {
      if (!PROVENANCE.contains(entry.getKey())
          && !same(entry.getValue(), stored.get(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }

  static boolean same(Object wanted, Object stored) {
    if (wanted instanceof OffsetDateTime time && stored instanceof ZonedDateTime zoned) {
      return time.toInstant().equals(zoned.toInstant());
    }
    if (wanted instanceof OffsetDateTime time && stored instanceof OffsetDateTime other) {
      return time.toInstant().equals(other.toInstant());
    }
    if (wanted instanceof List<?> list && stored instanceof List<?> other) {
      return list.equals(other);
    }
    if (wanted instanceof Number a && stored instanceof Number b) {
      return (a instanceof Double || b instanceof Double)
          ? a.doubleValue() == b.doubleValue()
          : a.longValue() == b.longValue();
    }
    return Objects.equals(wanted, stored);
  }
}
