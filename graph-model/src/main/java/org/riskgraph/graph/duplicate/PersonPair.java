package org.riskgraph.graph.duplicate;

import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/** Two different persons, the smaller id first: the key of a pair whichever way it was named. */
public record PersonPair(String aId, String bId) {

  public PersonPair {
    aId = Fields.requireKey("a", aId);
    bId = Fields.requireKey("b", bId);
    if (aId.compareTo(bId) >= 0) {
      throw new IllegalArgumentException("aId must sort before bId: " + aId + ", " + bId);
    }
  }

  /** The pair of two ids in either order; the same id twice is refused (field {@code b}). */
  public static PersonPair of(String x, String y) {
    String a = Fields.requireKey("a", x);
    String b = Fields.requireKey("b", y);
    if (a.equals(b)) {
      throw new InvalidFieldException("b", b, "is the same person as a");
    }
    return a.compareTo(b) < 0 ? new PersonPair(a, b) : new PersonPair(b, a);
  }
}
