package org.riskgraph.graph.importer;

import java.util.Iterator;

/** A stream of source lines with a measure of how far through it the reader is. */
interface RecordSource extends Iterator<SourceLine>, AutoCloseable {

  /** Bytes read so far. */
  long bytesRead();

  /** Total bytes if known, otherwise -1. */
  long totalBytes();

  @Override
  void close();
}
