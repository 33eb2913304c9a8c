package org.riskgraph.analysis.hotspot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.riskgraph.graph.village.Adjacency;

/**
 * Binary neighbour sets in compressed sparse rows: {@code neighbours[offsets[i] .. offsets[i+1])},
 * sorted, never containing {@code i} itself. Statistics add the area itself (Gi*) or
 * row-standardise (Moran) on the fly, so one structure serves both and no n×n matrix is built.
 */
final class SpatialWeights {

  private final int[] offsets;
  private final int[] neighbours;

  private SpatialWeights(int[] offsets, int[] neighbours) {
    this.offsets = offsets;
    this.neighbours = neighbours;
  }

  /** Weights over {@code areas} (in that order); adjacencies to areas not listed are dropped. */
  static SpatialWeights of(List<Area> areas, List<Adjacency> adjacencies, WeightsSpec spec) {
    return switch (spec) {
      case WeightsSpec.Contiguity c -> contiguity(areas, adjacencies);
      case WeightsSpec.KNearest knn -> KNearestNeighbours.weights(areas, knn.k());
    };
  }

  static SpatialWeights fromLists(List<int[]> lists) {
    int n = lists.size();
    int[] offsets = new int[n + 1];
    for (int i = 0; i < n; i++) {
      offsets[i + 1] = offsets[i] + lists.get(i).length;
    }
    int[] neighbours = new int[offsets[n]];
    for (int i = 0; i < n; i++) {
      int[] row = lists.get(i).clone();
      Arrays.sort(row);
      for (int t = 0; t < row.length; t++) {
        if (row[t] == i || row[t] < 0 || row[t] >= n || (t > 0 && row[t] == row[t - 1])) {
          throw new IllegalArgumentException("bad neighbour " + row[t] + " of area " + i);
        }
      }
      System.arraycopy(row, 0, neighbours, offsets[i], row.length);
    }
    return new SpatialWeights(offsets, neighbours);
  }

  private static SpatialWeights contiguity(List<Area> areas, List<Adjacency> adjacencies) {
    Map<String, Integer> index = new HashMap<>(areas.size() * 2);
    for (int i = 0; i < areas.size(); i++) {
      index.put(areas.get(i).code(), i);
    }
    int[] degree = new int[areas.size()];
    List<int[]> pairs = new ArrayList<>(adjacencies.size());
    for (Adjacency adjacency : adjacencies) {
      Integer a = index.get(adjacency.a());
      Integer b = index.get(adjacency.b());
      if (a != null && b != null) {
        pairs.add(new int[] {a, b});
        degree[a]++;
        degree[b]++;
      }
    }
    List<int[]> lists = new ArrayList<>(areas.size());
    int[] fill = new int[areas.size()];
    for (int d : degree) {
      lists.add(new int[d]);
    }
    for (int[] pair : pairs) {
      lists.get(pair[0])[fill[pair[0]]++] = pair[1];
      lists.get(pair[1])[fill[pair[1]]++] = pair[0];
    }
    return fromLists(lists);
  }

  int size() {
    return offsets.length - 1;
  }

  /** Number of neighbours of {@code i}, not counting {@code i}. */
  int degree(int i) {
    return offsets[i + 1] - offsets[i];
  }

  int start(int i) {
    return offsets[i];
  }

  int neighbourAt(int position) {
    return neighbours[position];
  }

  boolean isNeighbour(int i, int j) {
    return Arrays.binarySearch(neighbours, offsets[i], offsets[i + 1], j) >= 0;
  }

  /** Sum of the values of {@code i}'s neighbours (not {@code i} itself). */
  double neighbourSum(int i, double[] x) {
    double sum = 0;
    for (int p = offsets[i]; p < offsets[i + 1]; p++) {
      sum += x[neighbours[p]];
    }
    return sum;
  }

  int islands() {
    int count = 0;
    for (int i = 0; i < size(); i++) {
      if (degree(i) == 0) {
        count++;
      }
    }
    return count;
  }
}
