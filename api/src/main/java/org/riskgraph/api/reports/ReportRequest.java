package org.riskgraph.api.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.riskgraph.analysis.reports.IsoWeek;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.api.problem.BadRequestException;

/** The parameters every report request shares: which period, which language, which format. */
public final class ReportRequest {

  private ReportRequest() {}

  public static Optional<LocalDate> date(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      throw BadRequestException.invalid("date", "date must look like 2026-10-14");
    }
  }

  public static Optional<IsoWeek> week(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(IsoWeek.parse(text));
    } catch (IllegalArgumentException e) {
      throw BadRequestException.invalid("week", "week must look like 2026-W42: " + e.getMessage());
    }
  }

  public static Optional<YearMonth> month(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(text.strip()));
    } catch (DateTimeParseException e) {
      throw BadRequestException.invalid("month", "month must look like 2026-10");
    }
  }

  public static Lang lang(String text) {
    try {
      return Lang.parse(text);
    } catch (IllegalArgumentException e) {
      throw BadRequestException.invalid("lang", "lang must be zh or en");
    }
  }

  /** HTML when {@code format=html}, or when no format is given and the client accepts HTML. */
  public static boolean html(String format, String accept) {
    if (format != null && !format.isBlank()) {
      return switch (format.strip().toLowerCase(Locale.ROOT)) {
        case "html" -> true;
        case "json" -> false;
        default -> throw BadRequestException.invalid("format", "format must be json or html");
      };
    }
    return accept != null && accept.contains("text/html");
  }
}
