package org.riskgraph.graph.village;

import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/**
 * Two neighbouring villages. Adjacency is undirected; it is stored once, from the smaller code to
 * the larger, so that (a, b) and (b, a) are the same fact.
 */
public record Adjacency(String a, String b) {

  public Adjacency {
    a = Fields.requireKey("a", a);
    b = Fields.requireKey("b", b);
    if (a.equals(b)) {
      throw new InvalidFieldException("b", b, "is the same village as a");
    }
    if (a.compareTo(b) > 0) {
      String swap = a;
      a = b;
      b = swap;
    }
  }
}
