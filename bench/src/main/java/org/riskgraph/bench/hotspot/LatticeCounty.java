package org.riskgraph.bench.hotspot;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.riskgraph.analysis.hotspot.Area;
import org.riskgraph.analysis.hotspot.AreaMap;
import org.riskgraph.graph.village.Adjacency;

/**
 * A benchmark county of any size: areas on a triangulated square lattice (right, down and one
 * diagonal neighbour: six neighbours inside, like a planar map of villages), log-uniform
 * populations of 300 to 4,000 and Poisson counts at 3 events per 1,000 residents a month.
 */
final class LatticeCounty {

  static final double RATE_PER_MONTH = 0.003;

  private LatticeCounty() {}

  static AreaMap map(int areas, long seed) {
    RandomGenerator random = new Well19937c(seed);
    int side = (int) Math.ceil(Math.sqrt(areas));
    List<Area> list = new ArrayList<>(areas);
    for (int i = 0; i < areas; i++) {
      long population = Math.round(300 * Math.pow(4000.0 / 300, random.nextDouble()));
      double lat = 25.0 + (i / side) * 0.02 + 0.005 * random.nextDouble();
      double lon = 102.7 + (i % side) * 0.02 + 0.005 * random.nextDouble();
      list.add(Area.of(code(i), "area " + i, population, lat, lon));
    }
    List<Adjacency> edges = new ArrayList<>();
    for (int i = 0; i < areas; i++) {
      int row = i / side;
      int column = i % side;
      if (column + 1 < side && i + 1 < areas) {
        edges.add(new Adjacency(code(i), code(i + 1)));
      }
      if (i + side < areas) {
        edges.add(new Adjacency(code(i), code(i + side)));
      }
      if (column + 1 < side && i + side + 1 < areas && row + 1 < side) {
        edges.add(new Adjacency(code(i), code(i + side + 1)));
      }
    }
    return new AreaMap(list, edges);
  }

  static Map<String, Long> counts(AreaMap map, long seed) {
    RandomGenerator random = new Well19937c(seed);
    Map<String, Long> counts = new HashMap<>();
    for (Area area : map.areas()) {
      double mean = RATE_PER_MONTH * area.population();
      counts.put(
          area.code(),
          (long)
              new PoissonDistribution(
                      random,
                      mean,
                      PoissonDistribution.DEFAULT_EPSILON,
                      PoissonDistribution.DEFAULT_MAX_ITERATIONS)
                  .sample());
    }
    return counts;
  }

  static SortedMap<YearMonth, Map<String, Long>> months(AreaMap map, int months, long seed) {
    SortedMap<YearMonth, Map<String, Long>> result = new TreeMap<>();
    YearMonth first = YearMonth.of(2024, 11);
    for (int t = 0; t < months; t++) {
      result.put(first.plusMonths(t), counts(map, seed + t));
    }
    return result;
  }

  private static String code(int i) {
    return String.format("A%05d", i);
  }
}
