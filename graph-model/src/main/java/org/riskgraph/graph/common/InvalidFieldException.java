package org.riskgraph.graph.common;

/** A field of a record holds a value that the graph model does not accept. */
public final class InvalidFieldException extends IllegalArgumentException {

  private final String field;
  private final String value;

  public InvalidFieldException(String field, Object value, String reason) {
    super(field + ": " + reason + (value == null ? "" : " (was '" + value + "')"));
    this.field = field;
    this.value = value == null ? null : String.valueOf(value);
  }

  public String field() {
    return field;
  }

  public String value() {
    return value;
  }

  /** The reason without the field name prefix. */
  public String reason() {
    String message = getMessage();
    return message.substring(field.length() + 2);
  }
}
