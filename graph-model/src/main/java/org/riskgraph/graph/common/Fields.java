package org.riskgraph.graph.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Checks and parsers shared by the domain records; each failure names the field and the value. */
public final class Fields {

  /** The bureau's time zone: times without an offset are read in it. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final int MAX_TEXT = 4000;

  private Fields() {}

  public static String requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException(field, null, "is required");
    }
    return checkLength(field, value.strip());
  }

  public static String optionalText(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return checkLength(field, value.strip());
  }

  private static String checkLength(String field, String value) {
    if (value.length() > MAX_TEXT) {
      throw new InvalidFieldException(
          field, value.substring(0, 20) + "…", "is longer than " + MAX_TEXT + " characters");
    }
    return value;
  }

  /** A business key: printable, no whitespace inside, at most 64 characters. */
  public static String requireKey(String field, String value) {
    String key = requireText(field, value);
    if (key.length() > 64) {
      throw new InvalidFieldException(field, key, "is longer than 64 characters");
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new InvalidFieldException(field, key, "must not contain whitespace");
      }
    }
    return key;
  }

  public static <E extends Enum<E>> E requireEnum(String field, String value, Class<E> type) {
    String text = requireText(field, value);
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(
          field, text, "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  public static <E extends Enum<E>> E optionalEnum(String field, String value, Class<E> type) {
    return value == null || value.isBlank() ? null : requireEnum(field, value, type);
  }

  public static long requireLong(String field, String value, long min, long max) {
    String text = requireText(field, value);
    long number;
    try {
      number = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(field, text, "is not a whole number");
    }
    return requireRange(field, number, min, max);
  }

  public static long requireRange(String field, long number, long min, long max) {
    if (number < min || number > max) {
      throw new InvalidFieldException(field, number, "must be between " + min + " and " + max);
    }
    return number;
  }

  public static Double optionalDouble(String field, String value, double min, double max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    double number;
    try {
      number = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException(field, value, "is not a number");
    }
    return requireRange(field, number, min, max);
  }

  public static Double requireRange(String field, Double number, double min, double max) {
    if (number == null) {
      return null;
    }
    if (!(number >= min && number <= max)) {
      throw new InvalidFieldException(field, number, "must be between " + min + " and " + max);
    }
    return number;
  }

  public static Boolean optionalBoolean(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1", "是" -> true;
      case "false", "no", "0", "否" -> false;
      default -> throw new InvalidFieldException(field, value, "is not true or false");
    };
  }

  public static LocalDate requireDate(String field, String value) {
    String text = requireText(field, value);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidFieldException(field, text, "is not a date (YYYY-MM-DD)");
    }
  }

  public static LocalDate optionalDate(String field, String value) {
    return value == null || value.isBlank() ? null : requireDate(field, value);
  }

  /**
   * An ISO-8601 date-time; without an offset it is read as Asia/Shanghai time. The result always
   * carries the offset +08:00 so that equal instants compare equal.
   */
  public static OffsetDateTime requireDateTime(String field, String value) {
    String text = requireText(field, value);
    try {
      OffsetDateTime parsed;
      if (hasOffset(text)) {
        parsed = OffsetDateTime.parse(text);
      } else if (text.length() == 10) {
        parsed = LocalDate.parse(text).atStartOfDay(CHINA).toOffsetDateTime();
      } else {
        parsed = LocalDateTime.parse(text).atZone(CHINA).toOffsetDateTime();
      }
      return inChina(parsed);
    } catch (DateTimeException e) {
      throw new InvalidFieldException(field, text, "is not an ISO-8601 date-time");
    }
  }

  public static OffsetDateTime optionalDateTime(String field, String value) {
    return value == null || value.isBlank() ? null : requireDateTime(field, value);
  }

  public static OffsetDateTime inChina(OffsetDateTime time) {
    return time.atZoneSameInstant(CHINA).toOffsetDateTime().withNano(0);
  }

  private static boolean hasOffset(String text) {
    if (text.endsWith("Z") || text.endsWith("z")) {
      return true;
    }
    int t = text.indexOf('T');
    if (t < 0) {
      return false;
    }
    String time = text.substring(t);
    return time.contains("+") || time.contains("-");
  }

  public static <T> Optional<T> maybe(T value) {
    return Optional.ofNullable(value);
  }
}
