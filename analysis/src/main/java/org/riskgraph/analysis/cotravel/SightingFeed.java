package org.riskgraph.analysis.cotravel;

/**
 * Plate reads, delivered one checkpoint at a time: each checkpoint exactly once, its reads in time
 * order. The store and the in-memory fixtures both provide one.
 */
public interface SightingFeed {

  void forEachCheckpoint(CheckpointReads reads);

  /** The reads of one checkpoint: {@code size} plates and their epoch seconds, oldest first. */
  @FunctionalInterface
  interface CheckpointReads {
    void accept(String checkpoint, String[] plates, long[] seconds, int size);
  }
}
