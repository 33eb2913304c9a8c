package org.riskgraph.graph.importer;

import java.util.Map;

/**
 * A record as read, before validation: its kind and its fields as text (lists {@code ;}-separated),
 * with where it came from so that a reject can name the line.
 */
record RawRecord(String kind, String origin, long line, Map<String, String> fields)
    implements SourceLine {

  RawRecord {
    fields = Map.copyOf(fields);
  }

  /** The field's text, or {@code null} when the record does not have it or it is empty. */
  String get(String field) {
    String value = fields.get(field);
    return value == null || value.isBlank() ? null : value;
  }
}
