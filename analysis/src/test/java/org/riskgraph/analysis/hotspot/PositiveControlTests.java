package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Planted structure must be found: a hot cluster by Gi*, a lone high village by local Moran. */
class PositiveControlTests {

  @Test
  void classesPlantedClusterOfFourAdjacentVillagesAsHot() {
    int plantedVillages = 0;
    int plantedHot = 0;
    for (long seed = 1; seed <= 10; seed++) {
      // Given a village with at least 4 neighbours and 3 of them, all at 3 × the county rate
      SyntheticCounty county = SyntheticCounty.generate(seed);
      int centre = firstWithNeighbours(county, 4);
      Map<Integer, Double> planted = new HashMap<>();
      planted.put(centre, 3.0);
      county.neighbours(centre).subList(0, 3).forEach(i -> planted.put(i, 3.0));
      Map<String, Long> counts = county.counts(seed * 31, 0.005, planted);

      // When the period is analysed with the default settings
      HotspotMap map =
          new HotspotAnalysis(HotspotSettings.defaults()).analyse(county.map(), counts);

      // Then the cluster's centre is hot at FDR q = 0.05 in every county, and every hot village
      // is in the cluster or touches it (Gi* sums over neighbours, so the rim may light up)
      Set<String> hot = new HashSet<>();
      map.hotAt(0.05).forEach(v -> hot.add(v.code()));
      assertThat(hot).as("seed %d", seed).contains(SyntheticCounty.code(centre));
      Set<String> clusterAndRim = new HashSet<>();
      for (int i : planted.keySet()) {
        clusterAndRim.add(SyntheticCounty.code(i));
        county.neighbours(i).forEach(j -> clusterAndRim.add(SyntheticCounty.code(j)));
      }
      assertThat(clusterAndRim).as("seed %d", seed).containsAll(hot);
      plantedVillages += planted.size();
      plantedHot +=
          (int)
              planted.keySet().stream().filter(i -> hot.contains(SyntheticCounty.code(i))).count();
    }
    // and across the ten counties at least 80% of planted villages are hot (small villages in a
    // cluster can have too few events to show it)
    assertThat((double) plantedHot / plantedVillages).isGreaterThanOrEqualTo(0.8);
  }

  @ParameterizedTest(name = "county seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void findsIsolatedHighVillageAmongCalmNeighboursAsHighLow(long seed) {
    // Given one village at 4 × the county rate whose neighbours all run at half of it
    SyntheticCounty county = SyntheticCounty.generate(seed);
    int village = firstWithNeighbours(county, 4);
    Map<Integer, Double> planted = new HashMap<>();
    planted.put(village, 4.0);
    county.neighbours(village).forEach(i -> planted.put(i, 0.5));
    Map<String, Long> counts = county.counts(seed * 31, 0.01, planted);

    // When the period is analysed
    HotspotMap map = new HotspotAnalysis(HotspotSettings.defaults()).analyse(county.map(), counts);

    // Then local Moran puts it in the HL quadrant with a significant conditional-permutation p,
    // while Gi*, which pools it with its calm neighbours, does not call it a hot spot
    VillageHotspot result = map.villages().get(village);
    assertThat(result.quadrant()).isEqualTo(Quadrant.HL);
    assertThat(result.localI()).isNegative();
    assertThat(result.localIP()).isLessThanOrEqualTo(0.05);
    assertThat(result.hotspotClass().isHot()).isFalse();
  }

  private static int firstWithNeighbours(SyntheticCounty county, int atLeast) {
    for (int i = 0; i < SyntheticCounty.AREAS; i++) {
      if (county.neighbours(i).size() >= atLeast) {
        return i;
      }
    }
    throw new IllegalStateException("no village with " + atLeast + " neighbours");
  }
}
