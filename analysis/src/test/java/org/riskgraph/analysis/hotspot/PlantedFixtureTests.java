package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.riskgraph.fixtures.plant.GroundTruth;
import org.riskgraph.fixtures.spec.Period;
import org.riskgraph.fixtures.spec.Plants;

/**
 * The planted effects of the county fixture (seed 42, all plants, in memory) as the default
 * analysis sees them. The cluster is 3–5 adjacent villages whose dispute rate is multiplied by 3–4
 * from 2026-05 to 2026-10; the isolated village has 4 × its rate all period and neighbours at half
 * theirs. docs/methods/hotspots.md gives the numbers behind each assertion.
 */
class PlantedFixtureTests {

  private static final long SEED = 42;
  private static final YearMonth FIRST = YearMonth.of(2024, 11);
  private static final YearMonth LAST = YearMonth.of(2026, 10);
  private static final double Q = 0.05;

  private final FixtureCounties.Monthly county = FixtureCounties.county(SEED, Plants.ALL);
  private final GroundTruth.HotspotCluster cluster = county.truth().hotspotCluster().orElseThrow();
  private final YearMonth clusterFrom = YearMonth.parse(cluster.months().getFirst());
  private final YearMonth clusterTo = YearMonth.parse(cluster.months().getLast());

  @Test
  void clusterIsHotOverItsPlantedMonthsAndNowhereElse() {
    // When the planted months are analysed together with the default settings
    HotspotMap map =
        new HotspotAnalysis(HotspotSettings.defaults())
            .analyse(county.map(), county.disputes(clusterFrom, clusterTo));

    // Then at least two thirds of the cluster's villages are hot at q = 0.05, every one of them
    // has a positive Gi* z with a normal p below 0.05, and every hot village is in the cluster
    // or borders it (Gi* sums over neighbours, so the rim may light up)
    List<VillageHotspot> members =
        map.villages().stream().filter(v -> cluster.villages().contains(v.code())).toList();
    members.forEach(v -> print("cluster " + clusterFrom + ".." + clusterTo, v));
    long hotMembers = members.stream().filter(v -> v.hotspotClass().isHotAt(Q)).count();
    assertThat(members).hasSameSizeAs(cluster.villages());
    assertThat(3 * hotMembers).isGreaterThanOrEqualTo(2L * members.size());
    assertThat(members).allSatisfy(v -> assertThat(v.gStarZ()).isPositive());
    assertThat(members).allSatisfy(v -> assertThat(v.pNormal()).isLessThan(0.05));
    assertThat(clusterAndRim()).containsAll(codes(map.hotAt(Q)));

    // and in the six months before the plant no village of the cluster is hot
    HotspotMap before =
        new HotspotAnalysis(HotspotSettings.defaults())
            .analyse(
                county.map(),
                county.disputes(clusterFrom.minusMonths(6), clusterFrom.minusMonths(1)));
    assertThat(codes(before.hotAt(Q))).doesNotContainAnyElementsOf(cluster.villages());

    // and in the same county without the cluster (the other plants stay where they were) none of
    // its villages is hot in those months
    FixtureCounties.Monthly withoutCluster =
        FixtureCounties.county(SEED, new Plants(true, false, true, true, true));
    HotspotMap unplanted =
        new HotspotAnalysis(HotspotSettings.defaults())
            .analyse(withoutCluster.map(), withoutCluster.disputes(clusterFrom, clusterTo));
    assertThat(codes(unplanted.hotAt(Q))).doesNotContainAnyElementsOf(cluster.villages());
  }

  @Test
  void clusterIsHotMonthByMonthInMostPlantedMonthsAndInNoMonthBefore() {
    // When the whole data period is analysed month by month
    EmergingHotspots months =
        new EmergingHotspotAnalysis(
                new EmergingSettings(
                    24, HotspotSettings.defaults(), EmergingSettings.DEFAULT_TREND_ALPHA))
            .analyse(county.map(), county.disputesByMonth(FIRST, LAST));

    // Then no village of the cluster is hot at q = 0.05 in any of the 18 months before the plant,
    // the cluster has a hot village in at least 4 of its 6 planted months, and in each planted
    // month its strongest village has Gi* z ≥ 2.5
    List<EmergingVillage> members =
        months.villages().stream().filter(v -> cluster.villages().contains(v.code())).toList();
    int plantedMonthsHot = 0;
    long hotBefore = 0;
    for (int t = 0; t < months.months().size(); t++) {
      YearMonth month = months.months().get(t);
      final int at = t;
      boolean hot = members.stream().anyMatch(v -> v.monthlyClasses().get(at).isHotAt(Q));
      double strongest =
          members.stream().mapToDouble(v -> v.monthlyZ().get(at)).max().orElseThrow();
      if (month.isBefore(clusterFrom)) {
        assertThat(hot).as("cluster hot in %s, before the plant", month).isFalse();
        hotBefore +=
            months.villages().stream().filter(v -> v.monthlyClasses().get(at).isHotAt(Q)).count();
      } else {
        HotspotMap map =
            new HotspotAnalysis(HotspotSettings.defaults())
                .analyse(county.map(), county.disputes(month, month));
        double smallestQ =
            map.villages().stream()
                .filter(v -> cluster.villages().contains(v.code()))
                .mapToDouble(VillageHotspot::qFdr)
                .min()
                .orElseThrow();
        System.out.printf(
            "cluster in %s: hot %s, strongest z %.2f, smallest q %.3f%n",
            month, hot, strongest, smallestQ);
        plantedMonthsHot += hot ? 1 : 0;
        assertThat(strongest).as("strongest z in %s", month).isGreaterThanOrEqualTo(2.5);
      }
    }
    System.out.printf(
        "hot village-months in the %d months before the plant, whole county: %d of %d%n",
        Period.monthIndex(clusterFrom), hotBefore, Period.monthIndex(clusterFrom) * 89L);
    assertThat(plantedMonthsHot).isGreaterThanOrEqualTo(4);
  }

  @Test
  void emergingAnalysisToAugustCallsTheClusterAConsecutiveHotSpot() {
    // When the 12 months up to the plant's fourth month are analysed
    EmergingHotspots result =
        new EmergingHotspotAnalysis(EmergingSettings.defaults())
            .analyse(
                county.map(),
                county.disputesByMonth(
                    clusterFrom.plusMonths(3).minusMonths(11), clusterFrom.plusMonths(3)));

    // Then at least two of the cluster's villages are consecutive hot spots: hot in an unbroken
    // run of the last months, never before
    List<EmergingVillage> consecutive =
        result.villages().stream()
            .filter(v -> cluster.villages().contains(v.code()))
            .filter(v -> v.category() == EmergingCategory.CONSECUTIVE_HOT)
            .toList();
    assertThat(consecutive).hasSizeGreaterThanOrEqualTo(2);
    new EmergingHotspotAnalysis(EmergingSettings.defaults())
            .analyse(county.map(), county.disputesByMonth(LAST.minusMonths(11), LAST))
            .villages()
            .stream()
            .filter(v -> cluster.villages().contains(v.code()))
            .forEach(
                v -> System.out.printf("emerging to %s: %s %s%n", LAST, v.code(), v.category()));
  }

  @Test
  void isolatedVillageIsHighAmongLowNeighboursButNotAGiStarHotSpot() {
    GroundTruth.IsolatedHotVillage isolated = county.truth().isolatedHotVillage().orElseThrow();
    for (YearMonth from : List.of(FIRST, LAST.minusMonths(11))) {
      // When the whole data period, and the default twelve months, are analysed
      HotspotMap map =
          new HotspotAnalysis(HotspotSettings.defaults())
              .analyse(county.map(), county.disputes(from, LAST));

      // Then local Moran puts the village in the HL quadrant with a permutation p ≤ 0.05, while
      // Gi*, which pools it with its calm neighbours, does not call it hot
      VillageHotspot village =
          map.villages().stream()
              .filter(v -> v.code().equals(isolated.village()))
              .findFirst()
              .orElseThrow();
      print("isolated " + from + ".." + LAST, village);
      double[] q =
          BenjaminiHochberg.adjust(
              map.villages().stream().mapToDouble(VillageHotspot::localIP).toArray());
      System.out.printf(
          "isolated: local Moran p after BH over the %d villages %.3f%n",
          q.length, q[map.villages().indexOf(village)]);
      assertThat(village.quadrant()).isEqualTo(Quadrant.HL);
      assertThat(village.localI()).isNegative();
      assertThat(village.localIP()).isLessThanOrEqualTo(0.05);
      assertThat(village.hotspotClass().isHot()).isFalse();
    }
  }

  private Set<String> clusterAndRim() {
    Set<String> codes = new HashSet<>(cluster.villages());
    county
        .map()
        .adjacencies()
        .forEach(
            a -> {
              if (cluster.villages().contains(a.a())) {
                codes.add(a.b());
              }
              if (cluster.villages().contains(a.b())) {
                codes.add(a.a());
              }
            });
    return codes;
  }

  private static List<String> codes(List<VillageHotspot> villages) {
    return villages.stream().map(VillageHotspot::code).toList();
  }

  private static void print(String label, VillageHotspot v) {
    System.out.printf(
        "%s: %s count %d, population %d, rate %.2f, EB %.2f, z %.2f, p %.2g, q %.3g, %s;"
            + " local I %.2f, p %.3f, %s%n",
        label,
        v.code(),
        v.count(),
        v.population(),
        v.rate(),
        v.ebRate(),
        v.gStarZ(),
        v.pNormal(),
        v.qFdr(),
        v.hotspotClass(),
        v.localI(),
        v.localIP(),
        v.quadrant());
  }
}
