package org.riskgraph.analysis.hotspot;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A month's dispute hotspots, as the monthly report and the village brief show them, with the
 * hotspot engine's own methods: a Gi* map of the disputes opened in the three months ending with
 * each month (the same window the risk score's hotspot indicator uses), and the emerging-hotspot
 * patterns of the monthly maps over up to twelve months. Classes come from the normal p-values with
 * Benjamini–Hochberg FDR, so the permutations (kept at the engine's minimum of 99) do not change
 * them.
 */
public final class DisputeHotspots {

  static final int WINDOW = 3;
  static final int EMERGING = 12;
  static final double ALPHA = 0.05;

  /** How far back a run of hot months is followed. */
  static final int MAX_RUN = 6;

  private static final HotspotSettings SETTINGS = HotspotSettings.defaults().withPermutations(99);

  private DisputeHotspots() {}

  /**
   * The hot villages of the window ending with {@code month} (strongest first) and the villages
   * emerging as hot over the months before it.
   */
  public record Result(
      YearMonth windowFrom,
      YearMonth month,
      List<HotVillage> hot,
      int emergingMonths,
      List<EmergingSpot> emerging) {

    public Result {
      hot = List.copyOf(hot);
      emerging = List.copyOf(emerging);
    }
  }

  /** A hot village, with how many of the latest windows in a row it has been hot. */
  public record HotVillage(
      String code,
      String name,
      long disputes,
      double ratePerThousand,
      double gStarZ,
      double q,
      HotspotClass hotspotClass,
      int monthsRunning) {}

  /** A village whose pattern over the months is one of the hot emerging categories. */
  public record EmergingSpot(
      String code,
      String name,
      EmergingCategory category,
      double trendZ,
      double trendP,
      double lastZ) {}

  /**
   * @param firstMonth the first month with data; months before it are not analysed
   */
  public static Result of(HotspotSource source, YearMonth month, YearMonth firstMonth) {
    YearMonth from = month.minusMonths(Math.max(EMERGING, WINDOW + MAX_RUN - 1) - 1L);
    if (from.isBefore(firstMonth)) {
      from = firstMonth;
    }
    HotspotInputs inputs =
        source.hotspotInputs(new EventSelection(EventKind.DISPUTES, List.of(), from, month));
    if (inputs.map().populatedAreas() < HotspotAnalysis.MIN_AREAS) {
      return new Result(month.minusMonths(WINDOW - 1), month, List.of(), 0, List.of());
    }
    HotspotAnalysis analysis = new HotspotAnalysis(SETTINGS);
    List<HotspotMap> maps = new ArrayList<>();
    for (int back = 0; back < MAX_RUN; back++) {
      YearMonth end = month.minusMonths(back);
      if (end.minusMonths(WINDOW - 1).isBefore(from)) {
        break;
      }
      maps.add(analysis.analyse(inputs.map(), window(inputs.countsByMonth(), end)));
    }
    List<HotVillage> hot = new ArrayList<>();
    if (!maps.isEmpty()) {
      for (VillageHotspot village : maps.getFirst().hotAt(ALPHA)) {
        hot.add(
            new HotVillage(
                village.code(),
                village.name(),
                village.count(),
                village.rate(),
                village.gStarZ(),
                village.qFdr(),
                village.hotspotClass(),
                run(maps, village.code())));
      }
      hot.sort(
          Comparator.comparingDouble(HotVillage::gStarZ)
              .reversed()
              .thenComparing(HotVillage::code));
    }
    int months = inputs.countsByMonth().size();
    List<EmergingSpot> emerging = new ArrayList<>();
    int emergingMonths = Math.min(EMERGING, months);
    if (emergingMonths >= 3) {
      EmergingHotspots patterns =
          new EmergingHotspotAnalysis(
                  new EmergingSettings(
                      emergingMonths, SETTINGS, EmergingSettings.DEFAULT_TREND_ALPHA))
              .analyse(inputs.map(), inputs.countsByMonth());
      for (EmergingVillage village : patterns.villages()) {
        if (village.category().name().endsWith("_HOT")) {
          emerging.add(
              new EmergingSpot(
                  village.code(),
                  village.name(),
                  village.category(),
                  village.trend().z(),
                  village.trend().p(),
                  village.monthlyZ().getLast()));
        }
      }
      emerging.sort(Comparator.comparing(EmergingSpot::category).thenComparing(EmergingSpot::code));
    } else {
      emergingMonths = 0;
    }
    return new Result(month.minusMonths(WINDOW - 1), month, hot, emergingMonths, emerging);
  }

  /** How many of the latest maps in a row have the village hot, from the report's month back. */
  private static int run(List<HotspotMap> maps, String code) {
    int run = 0;
    for (HotspotMap map : maps) {
      boolean hot = map.hotAt(ALPHA).stream().anyMatch(v -> v.code().equals(code));
      if (!hot) {
        break;
      }
      run++;
    }
    return run;
  }

  private static Map<String, Long> window(
      SortedMap<YearMonth, Map<String, Long>> byMonth, YearMonth end) {
    Map<String, Long> sum = new HashMap<>();
    SortedMap<YearMonth, Map<String, Long>> months =
        new TreeMap<>(byMonth).subMap(end.minusMonths(WINDOW - 1), end.plusMonths(1));
    months.values().forEach(counts -> counts.forEach((code, n) -> sum.merge(code, n, Long::sum)));
    return sum;
  }
}
