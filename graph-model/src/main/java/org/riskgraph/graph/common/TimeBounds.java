package org.riskgraph.graph.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * Query parameters that bound events to Asia/Shanghai days or months. Events are compared by their
 * epoch milliseconds with the first instants of the days or months: Cypher orders two date-times of
 * the same instant but different zones by zone, so a comparison of the values themselves would
 * misplace an event stored in UTC at exactly midnight in Shanghai. {@code indexFrom} and {@code
 * indexTo}, a day wider on either side, let the index on the time field narrow the scan first.
 */
public final class TimeBounds {

  private TimeBounds() {}

  /**
   * The days {@code [from, to)}: {@code $indexFrom}, {@code $indexTo}, {@code $fromMillis}, {@code
   * $toMillis}.
   */
  public static Map<String, Object> days(LocalDate from, LocalDate to) {
    ZonedDateTime start = from.atStartOfDay(Fields.CHINA);
    ZonedDateTime end = to.atStartOfDay(Fields.CHINA);
    return Map.of(
        "indexFrom", start.minusDays(1),
        "indexTo", end.plusDays(1),
        "fromMillis", start.toInstant().toEpochMilli(),
        "toMillis", end.toInstant().toEpochMilli());
  }

  /**
   * The consecutive months given: {@code $indexFrom}, {@code $indexTo}, {@code $startMillis},
   * {@code $endMillis} and {@code $monthStartMillis}, the first instant of each month, so that
   * {@code size([b IN $monthStartMillis WHERE b <= at]) - 1} is an event's month index.
   */
  public static Map<String, Object> months(List<YearMonth> months) {
    ZonedDateTime start = startOf(months.getFirst());
    ZonedDateTime end = startOf(months.getLast().plusMonths(1));
    return Map.of(
        "indexFrom", start.minusDays(1),
        "indexTo", end.plusDays(1),
        "startMillis", start.toInstant().toEpochMilli(),
        "endMillis", end.toInstant().toEpochMilli(),
        "monthStartMillis",
            months.stream().map(m -> startOf(m).toInstant().toEpochMilli()).toList());
  }

  /** The first instant of a month in Asia/Shanghai. */
  public static ZonedDateTime startOf(YearMonth month) {
    return month.atDay(1).atStartOfDay(Fields.CHINA);
  }
}
