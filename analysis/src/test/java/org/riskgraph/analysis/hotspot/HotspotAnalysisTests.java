package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.village.Adjacency;

class HotspotAnalysisTests {

  static final HotspotSettings DEFAULTS = HotspotSettings.defaults();

  @Test
  void sameSeedGivesTheSameMap() {
    CountyCounts county = SyntheticCounty.nullModel(0.005).county(11);

    HotspotMap first = new HotspotAnalysis(DEFAULTS).analyse(county.map(), county.counts());
    HotspotMap second = new HotspotAnalysis(DEFAULTS).analyse(county.map(), county.counts());

    assertThat(second).isEqualTo(first);
  }

  @Test
  void anotherSeedChangesOnlyThePermutationPValues() {
    // on the raw rate: on a null county the EB rates are often all equal (a = 0), leaving nothing
    // to permute
    CountyCounts county = SyntheticCounty.nullModel(0.005).county(11);
    HotspotSettings settings = DEFAULTS.withMeasure(Measure.RATE);

    HotspotMap first = new HotspotAnalysis(settings).analyse(county.map(), county.counts());
    HotspotMap second =
        new HotspotAnalysis(settings.withSeed(99)).analyse(county.map(), county.counts());

    assertThat(second.villages())
        .extracting(VillageHotspot::gStarZ)
        .isEqualTo(first.villages().stream().map(VillageHotspot::gStarZ).toList());
    assertThat(second.villages())
        .extracting(VillageHotspot::localIZ)
        .isEqualTo(first.villages().stream().map(VillageHotspot::localIZ).toList());
    assertThat(second.villages())
        .extracting(VillageHotspot::pPermutation)
        .isNotEqualTo(first.villages().stream().map(VillageHotspot::pPermutation).toList());
    assertThat(second.villages())
        .extracting(VillageHotspot::localIP)
        .isNotEqualTo(first.villages().stream().map(VillageHotspot::localIP).toList());
    assertThat(second.method().seed()).isEqualTo(99);
  }

  @Test
  void doesNotDependOnTheOrderVillagesArriveIn() {
    CountyCounts county = SyntheticCounty.nullModel(0.005).county(12);
    List<Area> shuffled = new ArrayList<>(county.map().areas());
    Collections.reverse(shuffled);
    List<Adjacency> edges = new ArrayList<>(county.map().adjacencies());
    Collections.reverse(edges);

    HotspotMap original = new HotspotAnalysis(DEFAULTS).analyse(county.map(), county.counts());
    HotspotMap reordered =
        new HotspotAnalysis(DEFAULTS).analyse(new AreaMap(shuffled, edges), county.counts());

    assertThat(reordered).isEqualTo(original);
  }

  @Test
  void reportsRatesPerThousandAndEmpiricalBayesRates() {
    // the four-village example of EmpiricalBayesTests on a ring A–B–C–D–A
    AreaMap map = ring(new long[] {1000, 2000, 500, 1500});
    Map<String, Long> counts = Map.of("A", 2L, "B", 6L, "D", 12L); // C had none

    HotspotMap result = new HotspotAnalysis(DEFAULTS).analyse(map, counts);

    assertThat(result.villages())
        .extracting(VillageHotspot::count)
        .containsExactly(2L, 6L, 0L, 12L);
    assertThat(result.villages())
        .extracting(VillageHotspot::rate)
        .containsExactly(2.0, 3.0, 0.0, 8.0);
    assertThat(result.villages().get(0).ebRate()).isCloseTo(2.9523809524, within(1e-9));
    assertThat(result.villages().get(3).ebRate()).isCloseTo(6.4905660377, within(1e-9));
  }

  @Test
  void runsGiStarOnTheChosenMeasure() {
    AreaMap map = ring(new long[] {1000, 2000, 500, 1500, 800});
    Map<String, Long> counts = Map.of("A", 2L, "B", 6L, "C", 1L, "D", 12L, "E", 3L);
    SpatialWeights ring =
        SpatialWeights.of(map.areas(), map.adjacencies(), new WeightsSpec.Contiguity());

    for (Measure measure : Measure.values()) {
      HotspotMap result = new HotspotAnalysis(DEFAULTS.withMeasure(measure)).analyse(map, counts);
      double[] x =
          result.villages().stream()
              .mapToDouble(
                  v ->
                      switch (measure) {
                        case COUNT -> v.count();
                        case RATE -> v.rate();
                        case EB_RATE -> v.ebRate();
                      })
              .toArray();
      double[] expected = new GetisOrdGiStar(99, 1).compute(x, ring).z();
      assertThat(result.villages())
          .extracting(VillageHotspot::gStarZ)
          .containsExactly(box(expected));
      assertThat(result.method().measure()).isEqualTo(measure);
    }
  }

  @Test
  void computesLocalMoranOnTheRateWhateverTheMeasure() {
    AreaMap map = ring(new long[] {1000, 2000, 500, 1500, 800});
    Map<String, Long> counts = Map.of("A", 2L, "B", 6L, "C", 1L, "D", 12L, "E", 3L);

    HotspotMap byCount =
        new HotspotAnalysis(DEFAULTS.withMeasure(Measure.COUNT)).analyse(map, counts);
    HotspotMap byRate =
        new HotspotAnalysis(DEFAULTS.withMeasure(Measure.RATE)).analyse(map, counts);

    assertThat(byCount.villages())
        .extracting(VillageHotspot::localI)
        .isEqualTo(byRate.villages().stream().map(VillageHotspot::localI).toList());
    assertThat(byCount.globalMoranI()).isEqualTo(byRate.globalMoranI());
  }

  @Test
  void takesFdrQFromThePValueTheSettingsName() {
    CountyCounts county = SyntheticCounty.nullModel(0.005).county(13);

    for (PValueSource source : PValueSource.values()) {
      HotspotMap result =
          new HotspotAnalysis(DEFAULTS.withClassBy(source)).analyse(county.map(), county.counts());
      double[] p =
          result.villages().stream()
              .mapToDouble(v -> source == PValueSource.NORMAL ? v.pNormal() : v.pPermutation())
              .toArray();
      assertThat(result.villages())
          .extracting(VillageHotspot::qFdr)
          .containsExactly(box(BenjaminiHochberg.adjust(p)));
      assertThat(result.villages())
          .allMatch(v -> v.hotspotClass() == HotspotClass.of(v.gStarZ(), v.qFdr()));
    }
  }

  @Test
  void excludesVillagesWithoutResidentsAndKeepsTheirEvents() {
    // Given a ring A–B–C–D–E–A where C has no residents but 4 events
    AreaMap map = ring(new long[] {1000, 2000, 0, 1500, 800});
    Map<String, Long> counts = Map.of("A", 2L, "B", 6L, "C", 4L, "D", 12L, "E", 3L);

    HotspotMap result = new HotspotAnalysis(DEFAULTS).analyse(map, counts);

    // Then C is listed as excluded with its count, and B and D lose their link through C
    assertThat(result.excluded())
        .containsExactly(new ExcludedArea("C", "C村", 4, ExcludedArea.Reason.NO_RESIDENTS));
    assertThat(result.villages())
        .extracting(VillageHotspot::code)
        .containsExactly("A", "B", "D", "E");
    SpatialWeights weights =
        SpatialWeights.of(
            map.areas().stream().filter(a -> a.population() > 0).toList(),
            map.adjacencies(),
            new WeightsSpec.Contiguity());
    assertThat(weights.degree(1)).isEqualTo(1); // B: only A
    assertThat(weights.degree(2)).isEqualTo(1); // D: only E
  }

  @Test
  void rejectsCountsForVillagesNotOnTheMap() {
    AreaMap map = ring(new long[] {1000, 2000, 500, 1500});

    assertThatThrownBy(() -> new HotspotAnalysis(DEFAULTS).analyse(map, Map.of("Z", 1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Z");
    assertThatThrownBy(() -> new HotspotAnalysis(DEFAULTS).analyse(map, Map.of("A", -1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A");
  }

  @Test
  void describesTheMethodForTheReader() {
    CountyCounts county = SyntheticCounty.nullModel(0.005).county(14);

    HotspotMap result =
        new HotspotAnalysis(DEFAULTS.withWeights(WeightsSpec.parse("knn:6")))
            .analyse(county.map(), county.counts());

    assertThat(result.method().weights()).isEqualTo("knn:6");
    assertThat(result.method().weightsDescription()).contains("great-circle");
    assertThat(result.method().permutations()).isEqualTo(999);
    assertThat(result.method().classBy()).isEqualTo(PValueSource.NORMAL);
    assertThat(result.method().formulasVersion()).isEqualTo(HotspotMethod.FORMULAS_VERSION);
  }

  @Test
  void classesByQThresholds() {
    assertThat(HotspotClass.of(2.5, 0.01)).isEqualTo(HotspotClass.HOT_99);
    assertThat(HotspotClass.of(2.5, 0.0100001)).isEqualTo(HotspotClass.HOT_95);
    assertThat(HotspotClass.of(2.5, 0.05)).isEqualTo(HotspotClass.HOT_95);
    assertThat(HotspotClass.of(2.5, 0.1)).isEqualTo(HotspotClass.HOT_90);
    assertThat(HotspotClass.of(2.5, 0.1000001)).isEqualTo(HotspotClass.NOT_SIGNIFICANT);
    assertThat(HotspotClass.of(-2.5, 0.004)).isEqualTo(HotspotClass.COLD_99);
    assertThat(HotspotClass.of(-2.5, 0.04)).isEqualTo(HotspotClass.COLD_95);
    assertThat(HotspotClass.of(-2.5, 0.09)).isEqualTo(HotspotClass.COLD_90);
    assertThat(HotspotClass.of(0, 0)).isEqualTo(HotspotClass.NOT_SIGNIFICANT);
    assertThat(HotspotClass.HOT_95.isHotAt(0.05)).isTrue();
    assertThat(HotspotClass.HOT_90.isHotAt(0.05)).isFalse();
  }

  /**
   * Villages A, B, C, … with the given populations, each adjacent to the next and the last to A.
   */
  static AreaMap ring(long[] populations) {
    List<Area> areas = new ArrayList<>();
    List<Adjacency> edges = new ArrayList<>();
    for (int i = 0; i < populations.length; i++) {
      String code = String.valueOf((char) ('A' + i));
      areas.add(Area.of(code, code + "村", populations[i]));
      edges.add(new Adjacency(code, String.valueOf((char) ('A' + (i + 1) % populations.length))));
    }
    return new AreaMap(areas, edges);
  }

  static Double[] box(double[] values) {
    Double[] boxed = new Double[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }
}
