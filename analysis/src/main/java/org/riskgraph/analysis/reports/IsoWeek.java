package org.riskgraph.analysis.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week, Monday to Sunday, written {@code 2026-W42}. */
public record IsoWeek(int year, int week) {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-?W(\\d{1,2})");

  public IsoWeek {
    if (week < 1 || week > weeksIn(year)) {
      throw new IllegalArgumentException(
          "week must be 1.." + weeksIn(year) + " in " + year + ": " + week);
    }
  }

  public static IsoWeek parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("a week looks like 2026-W42: " + text);
    }
    return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public static IsoWeek of(LocalDate day) {
    return new IsoWeek(
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public LocalDate monday() {
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(DayOfWeek.MONDAY);
  }

  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  public IsoWeek previous() {
    return of(monday().minusWeeks(1));
  }

  /** The week with the same number a year before (week 52 when that year has no week 53). */
  public IsoWeek sameWeekLastYear() {
    return new IsoWeek(year - 1, Math.min(week, weeksIn(year - 1)));
  }

  static int weeksIn(int year) {
    return (int) LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }
}
