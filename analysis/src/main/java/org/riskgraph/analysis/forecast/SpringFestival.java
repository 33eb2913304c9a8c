package org.riskgraph.analysis.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Whether a month holds the Spring Festival (春节, the first day of the lunar year), or precedes the
 * month that does: the year's largest swing in calls to 110, on a day that moves between late
 * January and mid-February, so that neither a month-of-year effect nor a sine wave can follow it.
 * The dates are the calendar's (Hong Kong Observatory / Purple Mountain Observatory tables).
 *
 * @param firstMonth the month of period 0
 * @param monthsAhead 0: the festival month itself; 1: the month before it
 */
public record SpringFestival(YearMonth firstMonth, int monthsAhead) implements TimeCovariate {

  /** First day of the lunar year, 2015–2040. */
  static final List<LocalDate> DAYS =
      List.of(
          LocalDate.of(2015, 2, 19),
          LocalDate.of(2016, 2, 8),
          LocalDate.of(2017, 1, 28),
          LocalDate.of(2018, 2, 16),
          LocalDate.of(2019, 2, 5),
          LocalDate.of(2020, 1, 25),
          LocalDate.of(2021, 2, 12),
          LocalDate.of(2022, 2, 1),
          LocalDate.of(2023, 1, 22),
          LocalDate.of(2024, 2, 10),
          LocalDate.of(2025, 1, 29),
          LocalDate.of(2026, 2, 17),
          LocalDate.of(2027, 2, 6),
          LocalDate.of(2028, 1, 26),
          LocalDate.of(2029, 2, 13),
          LocalDate.of(2030, 2, 3),
          LocalDate.of(2031, 1, 23),
          LocalDate.of(2032, 2, 11),
          LocalDate.of(2033, 1, 31),
          LocalDate.of(2034, 2, 19),
          LocalDate.of(2035, 2, 8),
          LocalDate.of(2036, 1, 28),
          LocalDate.of(2037, 2, 15),
          LocalDate.of(2038, 2, 4),
          LocalDate.of(2039, 1, 24),
          LocalDate.of(2040, 2, 12));

  public SpringFestival {
    Objects.requireNonNull(firstMonth, "firstMonth");
    if (monthsAhead < 0) {
      throw new IllegalArgumentException("monthsAhead must be 0 or more: " + monthsAhead);
    }
  }

  /** The festival month and the month before it, for a monthly panel starting at firstMonth. */
  public static List<TimeCovariate> both(YearMonth firstMonth) {
    return List.of(new SpringFestival(firstMonth, 0), new SpringFestival(firstMonth, 1));
  }

  @Override
  public String name() {
    return monthsAhead == 0 ? "festival" : "festival-" + monthsAhead;
  }

  @Override
  public double value(int period) {
    YearMonth month = firstMonth.plusMonths(period + monthsAhead);
    if (month.getYear() < 2015 || month.getYear() > 2040) {
      throw new IllegalArgumentException("no Spring Festival date known for " + month.getYear());
    }
    for (LocalDate day : DAYS) {
      if (YearMonth.from(day).equals(month)) {
        return 1;
      }
    }
    return 0;
  }
}
