package org.riskgraph.analysis.reports;

/**
 * A count against two earlier ones, each as a rate ratio with its 95% interval: for the daily
 * report the previous day and the same weekday a week before, for the weekly report the previous
 * week and the same week a year before, for the monthly report the previous month and the same
 * month a year before. The periods compared have equal length (months: the ratio is of counts, a
 * difference of a day or three in length is left alone). A ratio is null when its earlier period
 * lies before the data begin, so that a missing year is never read as a rise.
 *
 * @param key a category ({@code THEFT}) or an area code
 * @param name the area's name, or null for a category (the renderer names it in the reader's
 *     language)
 */
public record Comparison(
    String key,
    String name,
    long current,
    long previous,
    long seasonal,
    RateRatio vsPrevious,
    RateRatio vsSeasonal) {

  public static Comparison of(String key, String name, long current, long previous, long seasonal) {
    return of(key, name, current, previous, seasonal, Coverage.BOTH);
  }

  static Comparison of(
      String key, String name, long current, long previous, long seasonal, Coverage coverage) {
    return new Comparison(
        key,
        name,
        current,
        previous,
        seasonal,
        coverage.previous() ? RateRatio.of(current, previous) : null,
        coverage.seasonal() ? RateRatio.of(current, seasonal) : null);
  }

  /** Which of the two earlier periods the data cover. */
  record Coverage(boolean previous, boolean seasonal) {
    static final Coverage BOTH = new Coverage(true, true);
  }
}
