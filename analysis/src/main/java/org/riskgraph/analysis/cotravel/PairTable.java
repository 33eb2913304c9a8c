package org.riskgraph.analysis.cotravel;

import java.util.Arrays;

/**
 * Per vehicle pair (two int ids packed into a long, smaller first): co-sightings, distinct
 * checkpoints, first and last time. Open addressing over primitive arrays, so millions of reads and
 * hundreds of thousands of pairs cost megabytes, not a map of objects.
 */
final class PairTable {

  private static final long EMPTY = 0;

  private long[] keys;
  private int[] counts;
  private int[] checkpoints;
  private int[] lastCheckpoint;
  private long[] first;
  private long[] last;
  private int size;
  private int mask;

  PairTable(int capacity) {
    allocate(Integer.highestOneBit(Math.max(16, capacity) - 1) << 1);
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    counts = new int[capacity];
    checkpoints = new int[capacity];
    lastCheckpoint = new int[capacity];
    first = new long[capacity];
    last = new long[capacity];
    mask = capacity - 1;
  }

  static long key(int a, int b) {
    // ids start at 0, so the key of a pair is never 0 (EMPTY): b > a >= 0
    return a < b ? (long) a << 32 | b : (long) b << 32 | a;
  }

  /** Records one co-sighting of the pair at {@code checkpoint} between two reads. */
  void meet(long key, int checkpoint, long earlier, long later) {
    int slot = slot(key);
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      lastCheckpoint[slot] = -1;
      first[slot] = Long.MAX_VALUE;
      last[slot] = Long.MIN_VALUE;
      if (++size * 2 > keys.length) {
        grow();
        slot = slot(key);
      }
    }
    counts[slot]++;
    // Reads come one checkpoint at a time, so a new checkpoint for the pair is a distinct one.
    if (lastCheckpoint[slot] != checkpoint) {
      lastCheckpoint[slot] = checkpoint;
      checkpoints[slot]++;
    }
    first[slot] = Math.min(first[slot], earlier);
    last[slot] = Math.max(last[slot], later);
  }

  private int slot(long key) {
    int slot = (int) mix(key) & mask;
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 32);
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    int[] oldCheckpoints = checkpoints;
    int[] oldLastCheckpoint = lastCheckpoint;
    long[] oldFirst = first;
    long[] oldLast = last;
    allocate(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
        checkpoints[slot] = oldCheckpoints[i];
        lastCheckpoint[slot] = oldLastCheckpoint[i];
        first[slot] = oldFirst[i];
        last[slot] = oldLast[i];
      }
    }
  }

  int size() {
    return size;
  }

  /** Visits every pair with at least {@code minCheckpoints} distinct checkpoints. */
  void forEach(int minCheckpoints, PairVisitor visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY && checkpoints[i] >= minCheckpoints) {
        visitor.visit(
            (int) (keys[i] >>> 32), (int) keys[i], counts[i], checkpoints[i], first[i], last[i]);
      }
    }
  }

  long totalMeetings() {
    return Arrays.stream(counts).asLongStream().sum();
  }

  @FunctionalInterface
  interface PairVisitor {
    void visit(int a, int b, int count, int checkpoints, long first, long last);
  }
}
