package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One constructed twelve-month series per category. Series are written one letter a month, oldest
 * first: H hot (HOT_95), h hot (HOT_90), C cold (COLD_95), . not significant. "≥ 90%" of 12 months
 * is 11 or 12.
 */
class EmergingClassifierTests {

  static final double ALPHA = 0.05;
  static final MannKendallTrend NO_TREND = new MannKendallTrend(12, 2, 212.67, 0.07, 0.95);
  static final MannKendallTrend UP = new MannKendallTrend(12, 40, 212.67, 2.67, 0.0076);
  static final MannKendallTrend DOWN = new MannKendallTrend(12, -40, 212.67, -2.67, 0.0076);

  static List<HotspotClass> months(String pattern) {
    List<HotspotClass> classes = new ArrayList<>();
    for (char c : pattern.toCharArray()) {
      classes.add(
          switch (c) {
            case 'H' -> HotspotClass.HOT_95;
            case 'h' -> HotspotClass.HOT_90;
            case 'C' -> HotspotClass.COLD_95;
            case 'c' -> HotspotClass.COLD_90;
            case '.' -> HotspotClass.NOT_SIGNIFICANT;
            default -> throw new IllegalArgumentException("unknown month " + c);
          });
    }
    return classes;
  }

  static EmergingCategory classify(String pattern, MannKendallTrend trend) {
    return EmergingClassifier.classify(months(pattern), trend, ALPHA);
  }

  @Test
  void hotOnlyInTheLastMonthIsNewHotSpot() {
    assertThat(classify("...........H", NO_TREND)).isEqualTo(EmergingCategory.NEW_HOT);
  }

  @Test
  void unbrokenFinalRunOfHotMonthsIsConsecutiveHotSpot() {
    assertThat(classify("........HHhH", UP)).isEqualTo(EmergingCategory.CONSECUTIVE_HOT);
  }

  @Test
  void hotInAtLeastNinetyPercentWithSignificantUpwardTrendIsIntensifyingHotSpot() {
    assertThat(classify(".hHHHHHHHHHH", UP)).isEqualTo(EmergingCategory.INTENSIFYING_HOT);
  }

  @Test
  void hotInAtLeastNinetyPercentWithoutTrendIsPersistentHotSpot() {
    assertThat(classify("HHHHH.HHHHHH", NO_TREND)).isEqualTo(EmergingCategory.PERSISTENT_HOT);
  }

  @Test
  void hotInAtLeastNinetyPercentWithSignificantDownwardTrendIsDiminishingHotSpot() {
    assertThat(classify("HHHHHHHHHHhh", DOWN)).isEqualTo(EmergingCategory.DIMINISHING_HOT);
  }

  @Test
  void onAndOffHotWithoutColdIsSporadicHotSpot() {
    assertThat(classify("..H..HH...HH", NO_TREND)).isEqualTo(EmergingCategory.SPORADIC_HOT);
  }

  @Test
  void hotNowAfterHavingBeenColdIsOscillatingHotSpot() {
    assertThat(classify("CC..H....HHH", UP)).isEqualTo(EmergingCategory.OSCILLATING_HOT);
  }

  @Test
  void hotInNinetyPercentButNotNowIsHistoricalHotSpot() {
    assertThat(classify("HHHHHHHHHHH.", DOWN)).isEqualTo(EmergingCategory.HISTORICAL_HOT);
  }

  @Test
  void coldOnlyInTheLastMonthIsNewColdSpot() {
    assertThat(classify("...........C", NO_TREND)).isEqualTo(EmergingCategory.NEW_COLD);
  }

  @Test
  void unbrokenFinalRunOfColdMonthsIsConsecutiveColdSpot() {
    assertThat(classify(".........CcC", DOWN)).isEqualTo(EmergingCategory.CONSECUTIVE_COLD);
  }

  @Test
  void coldInAtLeastNinetyPercentWithSignificantDownwardTrendIsIntensifyingColdSpot() {
    // z keeps falling: the cold spot gets colder
    assertThat(classify("cCCCCCCCCCCC", DOWN)).isEqualTo(EmergingCategory.INTENSIFYING_COLD);
  }

  @Test
  void coldInAtLeastNinetyPercentWithoutTrendIsPersistentColdSpot() {
    assertThat(classify("CCCCCCCCCCCC", NO_TREND)).isEqualTo(EmergingCategory.PERSISTENT_COLD);
  }

  @Test
  void coldInAtLeastNinetyPercentWithSignificantUpwardTrendIsDiminishingColdSpot() {
    assertThat(classify("CCCCCCCCCCCc", UP)).isEqualTo(EmergingCategory.DIMINISHING_COLD);
  }

  @Test
  void onAndOffColdWithoutHotIsSporadicColdSpot() {
    assertThat(classify("C..C.C.....C", NO_TREND)).isEqualTo(EmergingCategory.SPORADIC_COLD);
  }

  @Test
  void coldNowAfterHavingBeenHotIsOscillatingColdSpot() {
    assertThat(classify("HH.......CCC", DOWN)).isEqualTo(EmergingCategory.OSCILLATING_COLD);
  }

  @Test
  void coldInNinetyPercentButNotNowIsHistoricalColdSpot() {
    assertThat(classify("CCCCCCCCCCC.", UP)).isEqualTo(EmergingCategory.HISTORICAL_COLD);
  }

  @Test
  void nothingSignificantIsNoPattern() {
    assertThat(classify("............", NO_TREND)).isEqualTo(EmergingCategory.NO_PATTERN);
  }

  @Test
  void hotEarlierButNeitherNowNorInNinetyPercentIsNoPattern() {
    assertThat(classify("HHHHHHHHHH..", DOWN)).isEqualTo(EmergingCategory.NO_PATTERN);
  }

  @Test
  void ninetyPercentMeansElevenOfTwelveMonths() {
    // 10 of 12 hot (83%) with the last hot and earlier months broken off: sporadic, not persistent
    assertThat(classify("HH.HHHHH.HHH", NO_TREND)).isEqualTo(EmergingCategory.SPORADIC_HOT);
    assertThat(classify("HHHHHHHH.HHH", NO_TREND)).isEqualTo(EmergingCategory.PERSISTENT_HOT);
  }

  @Test
  void trendAtTheLevelIsNotSignificant() {
    MannKendallTrend atLevel = new MannKendallTrend(12, 30, 212.67, 1.96, 0.05);
    assertThat(classify("HHHHHHHHHHHH", atLevel)).isEqualTo(EmergingCategory.PERSISTENT_HOT);
  }

  @Test
  void onceColdVillageTurningHotOnlyNowIsOscillatingNotNew() {
    // both ArcGIS definitions fit; the cold history is the more informative one
    assertThat(classify("C..........H", NO_TREND)).isEqualTo(EmergingCategory.OSCILLATING_HOT);
  }

  @Test
  void lastMonthDecidesBeforeHistory() {
    // hot 11 of 12 months but cold now: an oscillating cold spot, not historical or persistent hot
    assertThat(classify("HHHHHHHHHHHC", DOWN)).isEqualTo(EmergingCategory.OSCILLATING_COLD);
  }
}
