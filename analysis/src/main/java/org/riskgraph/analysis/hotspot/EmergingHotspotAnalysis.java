package org.riskgraph.analysis.hotspot;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Which villages are becoming, staying or ceasing to be hotspots? Runs the single-period analysis
 * month by month over the latest {@code windowMonths} months, tests each village's Gi* z series for
 * a trend (Mann–Kendall) and assigns the ArcGIS emerging-hotspot categories.
 *
 * <p>Each month's permutations are seeded from the settings' seed and the month itself (not its
 * place in the window), so a month's classes are the same in a 12- and a 24-month window.
 */
public final class EmergingHotspotAnalysis {

  private static final long MONTH_STREAM = 1_000_000L;

  private final EmergingSettings settings;

  public EmergingHotspotAnalysis(EmergingSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * {@code countsByMonth} holds every month of the window (a month without events is an empty map);
   * months before the window are ignored.
   */
  public EmergingHotspots analyse(
      AreaMap map, SortedMap<YearMonth, Map<String, Long>> countsByMonth) {
    int window = settings.windowMonths();
    if (countsByMonth.size() < window) {
      throw new IllegalArgumentException(
          "need " + window + " months of counts, got " + countsByMonth.size());
    }
    List<YearMonth> months = new ArrayList<>(countsByMonth.keySet());
    months = months.subList(months.size() - window, months.size());
    for (int t = 1; t < months.size(); t++) {
      if (!months.get(t).equals(months.get(t - 1).plusMonths(1))) {
        throw new IllegalArgumentException(
            "months must be consecutive, " + months.get(t) + " follows " + months.get(t - 1));
      }
    }
    HotspotSettings base = settings.hotspot();
    List<HotspotMap> maps = new ArrayList<>(window);
    for (YearMonth month : months) {
      long monthSeed =
          Seeds.derive(base.seed(), MONTH_STREAM + month.getYear() * 12L + month.getMonthValue());
      maps.add(
          new HotspotAnalysis(base.withSeed(monthSeed)).analyse(map, countsByMonth.get(month)));
    }
    HotspotMap first = maps.getFirst();
    List<EmergingVillage> villages = new ArrayList<>(first.villages().size());
    for (int i = 0; i < first.villages().size(); i++) {
      double[] z = new double[window];
      List<Double> monthlyZ = new ArrayList<>(window);
      List<HotspotClass> classes = new ArrayList<>(window);
      for (int t = 0; t < window; t++) {
        VillageHotspot village = maps.get(t).villages().get(i);
        z[t] = village.gStarZ();
        monthlyZ.add(z[t]);
        classes.add(village.hotspotClass());
      }
      MannKendallTrend trend = MannKendall.test(z);
      VillageHotspot village = first.villages().get(i);
      villages.add(
          new EmergingVillage(
              village.code(),
              village.name(),
              EmergingClassifier.classify(classes, trend, settings.trendAlpha()),
              trend,
              monthlyZ,
              classes));
    }
    return new EmergingHotspots(
        months,
        villages,
        excludedOverWindow(first.excluded(), months, countsByMonth),
        HotspotMethod.of(base),
        window,
        settings.trendAlpha());
  }

  /** The villages left out of every month, each with its events summed over the window. */
  private static List<ExcludedArea> excludedOverWindow(
      List<ExcludedArea> excluded,
      List<YearMonth> months,
      SortedMap<YearMonth, Map<String, Long>> countsByMonth) {
    List<ExcludedArea> summed = new ArrayList<>(excluded.size());
    for (ExcludedArea area : excluded) {
      long total = 0;
      for (YearMonth month : months) {
        total += countsByMonth.get(month).getOrDefault(area.code(), 0L);
      }
      summed.add(new ExcludedArea(area.code(), area.name(), total, area.reason()));
    }
    return summed;
  }
}
