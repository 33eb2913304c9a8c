package org.riskgraph.graph.importer;

import java.util.Arrays;

/** An open-addressing set of longs: millions of 64-bit fingerprints without boxing. */
final class LongSet {

  private static final long EMPTY = 0L;
  private long[] slots = new long[1 << 12];
  private int size;
  private boolean hasZero;

  boolean add(long value) {
    if (value == EMPTY) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if (size * 2 >= slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int i = mix(value) & mask;
    while (slots[i] != EMPTY) {
      if (slots[i] == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = value;
    size++;
    return true;
  }

  boolean contains(long value) {
    if (value == EMPTY) {
      return hasZero;
    }
    int mask = slots.length - 1;
    int i = mix(value) & mask;
    while (slots[i] != EMPTY) {
      if (slots[i] == value) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    Arrays.stream(old).filter(v -> v != EMPTY).forEach(this::add);
  }

  private static int mix(long value) {
    long h = value * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** A 64-bit fingerprint of a text: two independent 32-bit hashes side by side. */
  static long fingerprint(String text) {
    int fnv = 0x811C9DC5;
    for (int i = 0; i < text.length(); i++) {
      fnv = (fnv ^ text.charAt(i)) * 0x01000193;
    }
    return ((long) text.hashCode() << 32) | (fnv & 0xFFFFFFFFL);
  }
}
