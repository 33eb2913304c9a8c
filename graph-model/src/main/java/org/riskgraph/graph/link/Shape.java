package org.riskgraph.graph.link;

import java.util.Optional;
import org.riskgraph.graph.entity.EntityKind;

/**
 * One way a relationship type is stored: {@code (a:from)-[r:TYPE]->(b:to)}, with Cypher expressions
 * over {@code a}, {@code r} and {@code b} for the moment or span it is dated by (DATETIME or null),
 * the property that qualifies it (a person's role in an incident, how two persons know each other),
 * and a condition it must meet to count at all (a control still in force). The expressions are
 * constants of this class, never built from request values.
 */
public record Shape(
    EntityKind from,
    EntityKind to,
    String start,
    String end,
    Optional<String> qualifier,
    Optional<String> condition) {

  static final String NO_TIME = "null";

  static Shape undated(EntityKind from, EntityKind to) {
    return new Shape(from, to, NO_TIME, NO_TIME, Optional.empty(), Optional.empty());
  }

  static Shape at(EntityKind from, EntityKind to, String moment) {
    return new Shape(from, to, moment, moment, Optional.empty(), Optional.empty());
  }

  Shape qualifiedBy(String property) {
    return new Shape(from, to, start, end, Optional.of(property), condition);
  }

  Shape when(String predicate) {
    return new Shape(from, to, start, end, qualifier, Optional.of(predicate));
  }

  Shape spanning(String startExpression, String endExpression) {
    return new Shape(from, to, startExpression, endExpression, qualifier, condition);
  }

  /** Whether the relationship carries a time at all. */
  public boolean dated() {
    return !start.equals(NO_TIME) || !end.equals(NO_TIME);
  }

  /** The Cypher pattern, e.g. {@code (a:Person)-[r:OWNS]->(b:Vehicle)}. */
  String pattern(LinkType type) {
    return "(a:" + from.label() + ")-[r:" + type.name() + "]->(b:" + to.label() + ")";
  }

  /** The qualifier expression, or {@code null} in Cypher. */
  String qualifierExpression() {
    return qualifier.map(p -> "r." + p).orElse("null");
  }

  String conditionOrTrue() {
    return condition.orElse("true");
  }
}
