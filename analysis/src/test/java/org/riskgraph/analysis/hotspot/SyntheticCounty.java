package org.riskgraph.analysis.hotspot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.riskgraph.graph.village.Adjacency;

/**
 * A synthetic county shaped like the real one: 89 villages scattered around 7 township centres in a
 * 40 km square, each linked to its 4 nearest villages (made symmetric, then joined into one
 * component), log-uniform populations of 300 to 4,000, and Poisson counts of {@code ratePerPerson}
 * × population × the area's multiplier (1 unless planted).
 */
final class SyntheticCounty {

  static final int AREAS = 89;
  static final int TOWNSHIPS = 7;
  private static final double KM_PER_DEGREE = 111.195;

  private final AreaMap map;
  private final double[] x;
  private final double[] y;
  private final List<int[]> edges;

  private SyntheticCounty(AreaMap map, double[] x, double[] y, List<int[]> edges) {
    this.map = map;
    this.x = x;
    this.y = y;
    this.edges = edges;
  }

  static SyntheticCounty generate(long seed) {
    RandomGenerator random = new Well19937c(seed);
    double[][] centres = new double[TOWNSHIPS][2];
    for (double[] centre : centres) {
      centre[0] = 5 + 30 * random.nextDouble();
      centre[1] = 5 + 30 * random.nextDouble();
    }
    double[] x = new double[AREAS];
    double[] y = new double[AREAS];
    List<Area> areas = new ArrayList<>(AREAS);
    for (int i = 0; i < AREAS; i++) {
      double[] centre = centres[i % TOWNSHIPS];
      x[i] = centre[0] + 3 * random.nextGaussian();
      y[i] = centre[1] + 3 * random.nextGaussian();
      long population =
          Math.round(Math.exp(Math.log(300) + random.nextDouble() * Math.log(4000.0 / 300)));
      double lat = 25.0 + y[i] / KM_PER_DEGREE;
      double lon = 102.7 + x[i] / (KM_PER_DEGREE * Math.cos(Math.toRadians(25.0)));
      areas.add(Area.of(code(i), "村" + i, population, lat, lon));
    }
    List<int[]> edges = nearestNeighbourGraph(x, y, 4);
    List<Adjacency> adjacencies = new ArrayList<>();
    for (int[] e : edges) {
      adjacencies.add(new Adjacency(code(e[0]), code(e[1])));
    }
    return new SyntheticCounty(new AreaMap(areas, adjacencies), x, y, edges);
  }

  static String code(int i) {
    return String.format("V%03d", i);
  }

  AreaMap map() {
    return map;
  }

  /** Neighbours of area {@code i} on the generated adjacency. */
  List<Integer> neighbours(int i) {
    List<Integer> result = new ArrayList<>();
    for (int[] e : edges) {
      if (e[0] == i) {
        result.add(e[1]);
      } else if (e[1] == i) {
        result.add(e[0]);
      }
    }
    return result;
  }

  /** Poisson counts with the given per-person rate, times {@code multiplier} where given. */
  Map<String, Long> counts(long seed, double ratePerPerson, Map<Integer, Double> multiplier) {
    RandomGenerator random = new Well19937c(seed);
    Map<String, Long> counts = new HashMap<>();
    for (int i = 0; i < AREAS; i++) {
      Area area = map.areas().get(i);
      double mean = ratePerPerson * area.population() * multiplier.getOrDefault(i, 1.0);
      long count =
          mean > 0
              ? new PoissonDistribution(
                      random,
                      mean,
                      PoissonDistribution.DEFAULT_EPSILON,
                      PoissonDistribution.DEFAULT_MAX_ITERATIONS)
                  .sample()
              : 0;
      counts.put(area.code(), count);
    }
    return counts;
  }

  /** Null counties: one map per seed, Poisson counts at one rate per person everywhere. */
  static NullCountySource nullModel(double ratePerPerson) {
    return seed -> {
      SyntheticCounty county = generate(seed);
      return new CountyCounts(
          county.map(), county.counts(seed ^ 0x5DEECE66DL, ratePerPerson, Map.of()));
    };
  }

  private static List<int[]> nearestNeighbourGraph(double[] x, double[] y, int k) {
    int n = x.length;
    Set<Long> seen = new HashSet<>();
    List<int[]> edges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Integer[] order = new Integer[n];
      for (int j = 0; j < n; j++) {
        order[j] = j;
      }
      final int from = i;
      java.util.Arrays.sort(
          order, (a, b) -> Double.compare(dist(x, y, from, a), dist(x, y, from, b)));
      for (int t = 1; t <= k; t++) {
        addEdge(edges, seen, i, order[t]);
      }
    }
    // join components by their closest pair until the map is connected
    while (true) {
      int[] component = components(n, edges);
      int best = -1;
      int bestJ = -1;
      double bestD = Double.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (component[i] == 0 && component[j] != 0 && dist(x, y, i, j) < bestD) {
            bestD = dist(x, y, i, j);
            best = i;
            bestJ = j;
          }
        }
      }
      if (best < 0) {
        return edges;
      }
      addEdge(edges, seen, best, bestJ);
    }
  }

  private static void addEdge(List<int[]> edges, Set<Long> seen, int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    if (seen.add((long) lo * AREAS + hi)) {
      edges.add(new int[] {lo, hi});
    }
  }

  private static int[] components(int n, List<int[]> edges) {
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int[] e : edges) {
      parent[find(parent, e[0])] = find(parent, e[1]);
    }
    int root = find(parent, 0);
    int[] component = new int[n];
    for (int i = 0; i < n; i++) {
      component[i] = find(parent, i) == root ? 0 : 1;
    }
    return component;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static double dist(double[] x, double[] y, int a, int b) {
    return Math.hypot(x[a] - x[b], y[a] - y[b]);
  }
}
