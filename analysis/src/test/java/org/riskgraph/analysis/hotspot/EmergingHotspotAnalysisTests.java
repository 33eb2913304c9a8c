package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EmergingHotspotAnalysisTests {

  static final YearMonth FIRST = YearMonth.of(2025, 11);

  /**
   * 14 months of counts; the planted cluster runs at {@code lateRate} × the county rate from month
   * 10 on.
   */
  static SortedMap<YearMonth, Map<String, Long>> months(
      SyntheticCounty county, int centre, double lateRate) {
    SortedMap<YearMonth, Map<String, Long>> months = new TreeMap<>();
    for (int t = 0; t < 14; t++) {
      Map<Integer, Double> planted = new HashMap<>();
      if (t >= 10) {
        planted.put(centre, lateRate);
        county.neighbours(centre).forEach(i -> planted.put(i, lateRate));
      }
      months.put(FIRST.plusMonths(t), county.counts(1000 + t, 0.003, planted));
    }
    return months;
  }

  @Test
  void findsClusterThatTurnedHotInTheLastMonthsAsConsecutiveHotSpot() {
    // Given a county whose cluster around village 0 runs at 4 × the rate in the last 4 months
    SyntheticCounty county = SyntheticCounty.generate(3);
    SortedMap<YearMonth, Map<String, Long>> counts = months(county, 0, 4.0);

    // When the last 12 months are analysed
    EmergingHotspots result =
        new EmergingHotspotAnalysis(EmergingSettings.defaults()).analyse(county.map(), counts);

    // Then the window is the latest 12 months and the cluster's centre is a consecutive hot spot
    assertThat(result.months())
        .hasSize(12)
        .startsWith(FIRST.plusMonths(2))
        .endsWith(FIRST.plusMonths(13));
    EmergingVillage centre = result.villages().get(0);
    assertThat(centre.monthlyClasses().subList(8, 12)).allMatch(HotspotClass::isHot);
    assertThat(centre.category()).isEqualTo(EmergingCategory.CONSECUTIVE_HOT);
    assertThat(centre.trend().z()).isPositive();
    assertThat(centre.monthlyZ()).hasSize(12);
  }

  @Test
  void keepsEachMonthsClassesWhateverTheWindowStart() {
    // Given the same counts analysed in a 12- and a 3-month window
    SyntheticCounty county = SyntheticCounty.generate(4);
    SortedMap<YearMonth, Map<String, Long>> counts = months(county, 0, 3.0);
    HotspotSettings hotspot = HotspotSettings.defaults().withClassBy(PValueSource.PERMUTATION);

    EmergingHotspots twelve =
        new EmergingHotspotAnalysis(new EmergingSettings(12, hotspot, 0.05))
            .analyse(county.map(), counts);
    EmergingHotspots three =
        new EmergingHotspotAnalysis(new EmergingSettings(3, hotspot, 0.05))
            .analyse(county.map(), counts);

    // Then the months they share have the same classes, permutation classes included
    for (int i = 0; i < twelve.villages().size(); i++) {
      assertThat(three.villages().get(i).monthlyClasses())
          .isEqualTo(twelve.villages().get(i).monthlyClasses().subList(9, 12));
    }
  }

  @Test
  void rejectsAGapInTheMonths() {
    SyntheticCounty county = SyntheticCounty.generate(5);
    SortedMap<YearMonth, Map<String, Long>> counts = months(county, 0, 1.0);
    counts.remove(FIRST.plusMonths(7));

    assertThatThrownBy(
            () ->
                new EmergingHotspotAnalysis(EmergingSettings.defaults())
                    .analyse(county.map(), counts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("consecutive");
  }

  @Test
  void rejectsFewerMonthsThanTheWindow() {
    SyntheticCounty county = SyntheticCounty.generate(5);
    SortedMap<YearMonth, Map<String, Long>> counts =
        new TreeMap<>(months(county, 0, 1.0).headMap(FIRST.plusMonths(5)));

    assertThatThrownBy(
            () ->
                new EmergingHotspotAnalysis(EmergingSettings.defaults())
                    .analyse(county.map(), counts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("need 12 months");
  }

  @Test
  void listsAVillageWithoutResidentsWithItsEventsSummedOverTheWindowOnly() {
    // Given a map with one village without residents that has 2 events in each of 14 months
    SyntheticCounty county = SyntheticCounty.generate(6);
    java.util.List<Area> areas = new java.util.ArrayList<>(county.map().areas());
    areas.add(Area.of("Z999", "空村", 0));
    AreaMap map = new AreaMap(areas, county.map().adjacencies());
    SortedMap<YearMonth, Map<String, Long>> counts = new TreeMap<>();
    months(county, 0, 1.0)
        .forEach(
            (month, perVillage) -> {
              Map<String, Long> withEmpty = new HashMap<>(perVillage);
              withEmpty.put("Z999", 2L);
              counts.put(month, withEmpty);
            });

    // When the latest 12 months are analysed
    EmergingHotspots result =
        new EmergingHotspotAnalysis(EmergingSettings.defaults()).analyse(map, counts);

    // Then it is excluded with the 24 events of the window, not those of one month or all 14
    assertThat(result.excluded())
        .containsExactly(new ExcludedArea("Z999", "空村", 24, ExcludedArea.Reason.NO_RESIDENTS));
    assertThat(result.villages()).extracting(EmergingVillage::code).doesNotContain("Z999");
  }
}
