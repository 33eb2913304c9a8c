package org.riskgraph.graph.person;

import java.time.LocalDate;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/** {@code (Person)-[:KNOWS {kind}]->(Person)}. */
public record Knows(String from, String to, KnowsKind kind, LocalDate since) {

  public Knows {
    from = Fields.requireKey("from", from);
    to = Fields.requireKey("to", to);
    if (kind == null) {
      throw new InvalidFieldException("type", null, "is required");
    }
    if (from.equals(to)) {
      throw new InvalidFieldException("to", to, "is the same person as from");
    }
  }
}
