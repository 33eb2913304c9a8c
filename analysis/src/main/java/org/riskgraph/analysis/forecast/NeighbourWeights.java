package org.riskgraph.analysis.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The weights w[j,i] with which last period's counts of unit j enter the neighbour component of
 * unit i: the adjacency matrix normalised by rows, w[j,i] = 1 / (number of j's neighbours) for each
 * neighbour i of j, so that what unit j passes on sums to 1 over its neighbours. This is what R's
 * {@code hhh4} does with {@code weights = neighbourhood(sts) == 1, normalize = TRUE}: it divides
 * each row of the matrix by its sum. A unit without neighbours passes nothing on. Stored by
 * receiving unit, so that Σ_j w[j,i] y[j] costs one pass over i's neighbours.
 */
public final class NeighbourWeights {

  private final int[][] from;
  private final double[][] weight;

  private NeighbourWeights(int[][] from, double[][] weight) {
    this.from = from;
    this.weight = weight;
  }

  /**
   * Weights from undirected pairs of unit indices (0 ≤ index < units); a pair given twice counts
   * once, a unit paired with itself is refused.
   */
  public static NeighbourWeights ofPairs(int units, List<int[]> pairs) {
    List<List<Integer>> neighbours = new ArrayList<>();
    for (int i = 0; i < units; i++) {
      neighbours.add(new ArrayList<>());
    }
    for (int[] pair : pairs) {
      int a = pair[0];
      int b = pair[1];
      if (a < 0 || b < 0 || a >= units || b >= units) {
        throw new IllegalArgumentException("neighbour pair out of range: " + a + ", " + b);
      }
      if (a == b) {
        throw new IllegalArgumentException("a unit cannot neighbour itself: " + a);
      }
      if (!neighbours.get(a).contains(b)) {
        neighbours.get(a).add(b);
        neighbours.get(b).add(a);
      }
    }
    int[][] from = new int[units][];
    double[][] weight = new double[units][];
    for (int i = 0; i < units; i++) {
      List<Integer> list = neighbours.get(i).stream().sorted().toList();
      from[i] = new int[list.size()];
      weight[i] = new double[list.size()];
      for (int k = 0; k < list.size(); k++) {
        int j = list.get(k);
        from[i][k] = j;
        weight[i][k] = 1.0 / neighbours.get(j).size();
      }
    }
    return new NeighbourWeights(from, weight);
  }

  /** Weights from undirected pairs of unit codes, looked up in {@code index}. */
  public static NeighbourWeights ofCodes(Map<String, Integer> index, List<String[]> pairs) {
    List<int[]> out = new ArrayList<>();
    for (String[] pair : pairs) {
      Integer a = index.get(pair[0]);
      Integer b = index.get(pair[1]);
      if (a == null || b == null) {
        throw new IllegalArgumentException("unknown unit in pair " + pair[0] + ", " + pair[1]);
      }
      out.add(new int[] {a, b});
    }
    return ofPairs(index.size(), out);
  }

  public int units() {
    return from.length;
  }

  /** Σ_j w[j,i] · counts[j]. */
  double incoming(int i, int[] counts) {
    double sum = 0;
    int[] sources = from[i];
    double[] w = weight[i];
    for (int k = 0; k < sources.length; k++) {
      sum += w[k] * counts[sources[k]];
    }
    return sum;
  }

  /** The units that pass counts on to unit i (its neighbours), in index order. */
  public List<Integer> sources(int i) {
    return java.util.Arrays.stream(from[i]).boxed().toList();
  }
}
