package org.riskgraph.analysis.search;

import java.util.List;

/** Reads the query one way (as a name, a number, a plate, words) and says what to look for. */
interface Interpreter {

  /** The clauses for this reading of the query; empty when the text cannot be meant this way. */
  List<Clause> clauses(QueryText query);
}
