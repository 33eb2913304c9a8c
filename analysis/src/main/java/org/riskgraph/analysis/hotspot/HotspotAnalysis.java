package org.riskgraph.analysis.hotspot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where are the hot and cold spots of one period? Takes the map and the event count per village
 * (for the period and categories the caller chose; a village missing from the counts had none) and
 * returns rates, EB rates, Gi*, FDR classes and local and global Moran's I. An instance holds only
 * its settings: it is immutable and may be shared between threads.
 */
public final class HotspotAnalysis {

  /** The fewest areas with residents a map must have. */
  public static final int MIN_AREAS = 4;

  private final HotspotSettings settings;

  public HotspotAnalysis(HotspotSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public HotspotSettings settings() {
    return settings;
  }

  public HotspotMap analyse(AreaMap map, Map<String, Long> counts) {
    Map<String, Integer> index = map.indexByCode();
    counts.forEach(
        (code, count) -> {
          if (!index.containsKey(code)) {
            throw new IllegalArgumentException("count for an area not on the map: " + code);
          }
          if (count == null || count < 0) {
            throw new IllegalArgumentException(
                "count must be 0 or more for " + code + ": " + count);
          }
        });
    List<Area> included = new ArrayList<>();
    List<ExcludedArea> excluded = new ArrayList<>();
    for (Area area : map.areas()) {
      if (area.population() > 0) {
        included.add(area);
      } else {
        excluded.add(
            new ExcludedArea(
                area.code(),
                area.name(),
                counts.getOrDefault(area.code(), 0L),
                ExcludedArea.Reason.NO_RESIDENTS));
      }
    }
    int n = included.size();
    if (n < MIN_AREAS) {
      throw new IllegalArgumentException(
          "need at least " + MIN_AREAS + " areas with residents, got " + n);
    }
    long[] count = new long[n];
    long[] population = new long[n];
    for (int i = 0; i < n; i++) {
      count[i] = counts.getOrDefault(included.get(i).code(), 0L);
      population[i] = included.get(i).population();
    }
    SpatialWeights weights = SpatialWeights.of(included, map.adjacencies(), settings.weights());

    EmpiricalBayes.Estimate eb = EmpiricalBayes.estimate(count, population);
    double[] rate = perThousand(eb.raw());
    double[] ebRate = perThousand(eb.smoothed());
    double[] measure =
        switch (settings.measure()) {
          case COUNT -> toDouble(count);
          case RATE -> rate;
          case EB_RATE -> ebRate;
        };

    long seed = settings.seed();
    GetisOrdGiStar.Result gStar =
        new GetisOrdGiStar(settings.permutations(), Seeds.derive(seed, Seeds.GI_STAR))
            .compute(measure, weights);
    LocalMoran.Result moran =
        new LocalMoran(settings.permutations(), Seeds.derive(seed, Seeds.LOCAL_MORAN))
            .compute(rate, weights);
    GlobalMoran global = GlobalMoranStatistic.compute(rate, weights);
    double[] q =
        BenjaminiHochberg.adjust(
            settings.classBy() == PValueSource.PERMUTATION
                ? gStar.pPermutation()
                : gStar.pNormal());

    List<VillageHotspot> villages = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Area area = included.get(i);
      villages.add(
          new VillageHotspot(
              area.code(),
              area.name(),
              count[i],
              population[i],
              rate[i],
              ebRate[i],
              gStar.z()[i],
              gStar.pNormal()[i],
              gStar.pPermutation()[i],
              q[i],
              HotspotClass.of(gStar.z()[i], q[i]),
              moran.i()[i],
              moran.z()[i],
              moran.pPermutation()[i],
              moran.quadrant()[i]));
    }
    return new HotspotMap(villages, excluded, global, HotspotMethod.of(settings));
  }

  private static double[] perThousand(double[] perPerson) {
    double[] out = new double[perPerson.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = perPerson[i] * 1000.0;
    }
    return out;
  }

  private static double[] toDouble(long[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[i];
    }
    return out;
  }
}
