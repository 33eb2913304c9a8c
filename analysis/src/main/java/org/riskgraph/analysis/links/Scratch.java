package org.riskgraph.analysis.links;

import java.util.Arrays;

/**
 * Working arrays of one search, one slot per node, cleared in O(1) by bumping a generation: a slot
 * holds a value only when its stamp equals the current generation.
 */
final class Scratch {

  final Marks forward;
  final Marks backward;
  final Marks middle;
  final Marks path;
  int[] queue;

  Scratch(int nodes) {
    forward = new Marks(nodes);
    backward = new Marks(nodes);
    middle = new Marks(nodes);
    path = new Marks(nodes);
    queue = new int[Math.max(16, Math.min(nodes, 1 << 16))];
  }

  void clear() {
    forward.clear();
    backward.clear();
    middle.clear();
    path.clear();
  }

  /** A distance (or flag) per node, valid for the current generation only. */
  static final class Marks {
    private final int[] stamp;
    private final int[] value;
    private int generation = 1;

    Marks(int nodes) {
      stamp = new int[nodes];
      value = new int[nodes];
    }

    void clear() {
      if (generation == Integer.MAX_VALUE) {
        Arrays.fill(stamp, 0);
        generation = 0;
      }
      generation++;
    }

    boolean has(int node) {
      return stamp[node] == generation;
    }

    /** The value, or {@code Integer.MAX_VALUE} when unset. */
    int get(int node) {
      return stamp[node] == generation ? value[node] : Integer.MAX_VALUE;
    }

    void set(int node, int v) {
      stamp[node] = generation;
      value[node] = v;
    }

    void unset(int node) {
      stamp[node] = 0;
    }
  }
}
