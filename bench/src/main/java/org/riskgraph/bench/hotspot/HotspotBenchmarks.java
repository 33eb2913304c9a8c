package org.riskgraph.bench.hotspot;

import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.riskgraph.analysis.hotspot.AreaMap;
import org.riskgraph.analysis.hotspot.EmergingHotspotAnalysis;
import org.riskgraph.analysis.hotspot.EmergingHotspots;
import org.riskgraph.analysis.hotspot.EmergingSettings;
import org.riskgraph.analysis.hotspot.HotspotAnalysis;
import org.riskgraph.analysis.hotspot.HotspotMap;
import org.riskgraph.analysis.hotspot.HotspotSettings;

/**
 * Hotspot engine timings: the county workload (89 villages, 24 months, Gi* and local Moran with 999
 * permutations each month, then Mann–Kendall and the emerging categories) and the scaling of one
 * period to 1,000 and 10,000 areas.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HotspotBenchmarks {

  /** The county: 89 villages over 24 months. */
  @State(Scope.Benchmark)
  public static class County {
    AreaMap map;
    SortedMap<YearMonth, Map<String, Long>> months;
    EmergingHotspotAnalysis analysis;

    @Setup
    public void setUp() {
      map = LatticeCounty.map(89, 1);
      months = LatticeCounty.months(map, 24, 2);
      analysis =
          new EmergingHotspotAnalysis(
              new EmergingSettings(
                  24, HotspotSettings.defaults(), EmergingSettings.DEFAULT_TREND_ALPHA));
    }
  }

  /** One period on a map of {@code areas} areas. */
  @State(Scope.Benchmark)
  public static class Period {
    @Param({"89", "1000", "10000"})
    int areas;

    AreaMap map;
    Map<String, Long> counts;
    HotspotAnalysis analysis;

    @Setup
    public void setUp() {
      map = LatticeCounty.map(areas, 1);
      counts = LatticeCounty.counts(map, 2);
      analysis = new HotspotAnalysis(HotspotSettings.defaults());
    }
  }

  @Benchmark
  public EmergingHotspots countyTwentyFourMonths(County county) {
    return county.analysis.analyse(county.map, county.months);
  }

  @Benchmark
  public HotspotMap onePeriod(Period period) {
    return period.analysis.analyse(period.map, period.counts);
  }
}
