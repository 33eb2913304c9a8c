package org.riskgraph.graph.importer;

/**
 * A line that is not a readable record (bad JSON, wrong number of CSV columns, …).
 *
 * @param kind the kind the line was meant to be, when the source tells (a CSV file's kind)
 */
record MalformedLine(String origin, long line, String kind, String reason) implements SourceLine {

  MalformedLine(String origin, long line, String reason) {
    this(origin, line, null, reason);
  }
}
