package org.riskgraph.graph.importer;

/** One line read from an import source: a record to parse, or a line that could not be read. */
sealed interface SourceLine permits RawRecord, MalformedLine {

  /** The file or stream the line came from. */
  String origin();

  /** The 1-based line number in that file or stream. */
  long line();
}
