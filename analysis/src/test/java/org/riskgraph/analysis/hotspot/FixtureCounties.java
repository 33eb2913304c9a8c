package org.riskgraph.analysis.hotspot;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.plant.GroundTruth;
import org.riskgraph.fixtures.spec.Period;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;

/**
 * Counties of the fixtures generator at county scale, events only, reduced to what the hotspot
 * analyses read: the map, the disputes and incidents per village and Asia/Shanghai month, and the
 * ground truth. Each (seed, plants) is generated once per test JVM; the county itself is dropped.
 */
final class FixtureCounties {

  /** One generated county as hotspot inputs; every month of the data period is present. */
  record Monthly(
      AreaMap map,
      SortedMap<YearMonth, Map<String, Long>> disputes,
      SortedMap<YearMonth, Map<String, Long>> incidents,
      GroundTruth truth) {

    /** Disputes per village summed over {@code from} .. {@code to}. */
    Map<String, Long> disputes(YearMonth from, YearMonth to) {
      return sum(disputes, from, to);
    }

    /** Incidents per village summed over {@code from} .. {@code to}. */
    Map<String, Long> incidents(YearMonth from, YearMonth to) {
      return sum(incidents, from, to);
    }

    /** Disputes per village for each month of {@code from} .. {@code to}. */
    SortedMap<YearMonth, Map<String, Long>> disputesByMonth(YearMonth from, YearMonth to) {
      return new TreeMap<>(disputes.subMap(from, to.plusMonths(1)));
    }
  }

  private static final Map<String, Monthly> CACHE = new ConcurrentHashMap<>();

  private FixtureCounties() {}

  static Monthly county(long seed, Plants plants) {
    return CACHE.computeIfAbsent(
        seed + "/" + plants, k -> of(CountyGenerator.generateEvents(Scale.COUNTY, seed, plants)));
  }

  /** Generates the counties of seeds {@code 1 .. seeds} on every core, ahead of their use. */
  static void prepare(int seeds, Plants plants) {
    LongStream.rangeClosed(1, seeds).parallel().forEach(seed -> county(seed, plants));
  }

  /** Null counties for the calibration harness: disputes over {@code from} .. {@code to}. */
  static NullCountySource disputesWithoutPlants(YearMonth from, YearMonth to) {
    return seed -> {
      Monthly county = county(seed, Plants.NONE);
      return new CountyCounts(county.map(), county.disputes(from, to));
    };
  }

  private static Monthly of(County county) {
    SortedMap<YearMonth, Map<String, Long>> disputes = emptyMonths();
    SortedMap<YearMonth, Map<String, Long>> incidents = emptyMonths();
    county
        .disputes()
        .forEach(
            d -> disputes.get(YearMonth.from(d.openedAt())).merge(d.villageCode(), 1L, Long::sum));
    county
        .incidents()
        .forEach(
            i ->
                incidents
                    .get(YearMonth.from(i.reportedAt()))
                    .merge(i.villageCode(), 1L, Long::sum));
    return new Monthly(
        AreaMap.fromVillages(county.villages(), county.adjacency()),
        disputes,
        incidents,
        county.groundTruth());
  }

  private static SortedMap<YearMonth, Map<String, Long>> emptyMonths() {
    SortedMap<YearMonth, Map<String, Long>> months = new TreeMap<>();
    for (YearMonth month : Period.months()) {
      months.put(month, new HashMap<>());
    }
    return months;
  }

  private static Map<String, Long> sum(
      SortedMap<YearMonth, Map<String, Long>> months, YearMonth from, YearMonth to) {
    Map<String, Long> total = new HashMap<>();
    months
        .subMap(from, to.plusMonths(1))
        .values()
        .forEach(m -> m.forEach((code, n) -> total.merge(code, n, Long::sum)));
    return total;
  }
}
