package org.riskgraph.analysis.hotspot;

import java.util.List;
import java.util.function.Predicate;

/**
 * Assigns an {@link EmergingCategory} from the monthly Gi* classes of one village and the
 * Mann–Kendall trend of its Gi* z series. A month is a significant hot (cold) bin when its class is
 * any HOT_* (COLD_*), i.e. q ≤ 0.10, the 90% level ArcGIS counts as significant. "At least 90% of
 * the months" is 10·count ≥ 9·n, in whole numbers. The trend is significant when its p &lt; the
 * trend level. Rules, for hot (cold mirrors every word, with the trend's sign reversed for
 * intensifying and diminishing):
 *
 * <ol>
 *   <li>the last month is hot and ≥ 90% of months are hot: INTENSIFYING if the trend is
 *       significantly upward, DIMINISHING if significantly downward, PERSISTENT otherwise;
 *   <li>the last month is hot, &lt; 90% hot, and some earlier month was cold: OSCILLATING;
 *   <li>else the last month is the only hot month: NEW;
 *   <li>else all hot months form one unbroken run of ≥ 2 months ending with the last: CONSECUTIVE;
 *   <li>else (earlier hot months broken off from the last, never cold): SPORADIC;
 *   <li>the last month is neither hot nor cold and ≥ 90% of months were hot: HISTORICAL;
 *   <li>otherwise NO_PATTERN.
 * </ol>
 *
 * Where ArcGIS's definitions overlap (a once-cold village that turns hot only in the last month
 * fits both "new" and "oscillating"; a village hot in ≥ 90% of months but cold in the last fits
 * "persistent", "historical" and an oscillating cold spot), the last month's state decides first,
 * and a history of the opposite sign wins over "new" and "consecutive".
 */
final class EmergingClassifier {

  private EmergingClassifier() {}

  static EmergingCategory classify(
      List<HotspotClass> months, MannKendallTrend trend, double trendAlpha) {
    int n = months.size();
    if (n < 2) {
      throw new IllegalArgumentException("need at least 2 months, got " + n);
    }
    HotspotClass last = months.get(n - 1);
    boolean trendSignificant = trend.p() < trendAlpha;
    if (last.isHot()) {
      return side(
          months, HotspotClass::isHot, HotspotClass::isCold, trendSignificant, trend.z(), true);
    }
    if (last.isCold()) {
      return side(
          months, HotspotClass::isCold, HotspotClass::isHot, trendSignificant, -trend.z(), false);
    }
    if (atLeastNinetyPercent(count(months, HotspotClass::isHot), n)) {
      return EmergingCategory.HISTORICAL_HOT;
    }
    if (atLeastNinetyPercent(count(months, HotspotClass::isCold), n)) {
      return EmergingCategory.HISTORICAL_COLD;
    }
    return EmergingCategory.NO_PATTERN;
  }

  /**
   * Categories for a village whose last month is significant on {@code same}'s side; {@code
   * towards} is the trend z signed so that positive means "more intense on this side".
   */
  private static EmergingCategory side(
      List<HotspotClass> months,
      Predicate<HotspotClass> same,
      Predicate<HotspotClass> opposite,
      boolean trendSignificant,
      double towards,
      boolean hot) {
    int n = months.size();
    int sameCount = count(months, same);
    if (atLeastNinetyPercent(sameCount, n)) {
      if (trendSignificant && towards > 0) {
        return hot ? EmergingCategory.INTENSIFYING_HOT : EmergingCategory.INTENSIFYING_COLD;
      }
      if (trendSignificant && towards < 0) {
        return hot ? EmergingCategory.DIMINISHING_HOT : EmergingCategory.DIMINISHING_COLD;
      }
      return hot ? EmergingCategory.PERSISTENT_HOT : EmergingCategory.PERSISTENT_COLD;
    }
    if (count(months.subList(0, n - 1), opposite) > 0) {
      return hot ? EmergingCategory.OSCILLATING_HOT : EmergingCategory.OSCILLATING_COLD;
    }
    if (sameCount == 1) {
      return hot ? EmergingCategory.NEW_HOT : EmergingCategory.NEW_COLD;
    }
    int run = 0;
    for (int t = n - 1; t >= 0 && same.test(months.get(t)); t--) {
      run++;
    }
    if (run == sameCount) {
      return hot ? EmergingCategory.CONSECUTIVE_HOT : EmergingCategory.CONSECUTIVE_COLD;
    }
    return hot ? EmergingCategory.SPORADIC_HOT : EmergingCategory.SPORADIC_COLD;
  }

  static boolean atLeastNinetyPercent(int count, int n) {
    return 10L * count >= 9L * n;
  }

  private static int count(List<HotspotClass> months, Predicate<HotspotClass> test) {
    int count = 0;
    for (HotspotClass month : months) {
      if (test.test(month)) {
        count++;
      }
    }
    return count;
  }
}
