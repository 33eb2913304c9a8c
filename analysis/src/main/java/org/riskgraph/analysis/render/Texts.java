package org.riskgraph.analysis.render;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.RateRatio;
import org.riskgraph.analysis.reports.Text;
import org.riskgraph.analysis.reports.Words;
import org.riskgraph.graph.common.Fields;

/**
 * What the reports write in one language: the messages of {@code messages_zh/en.properties}, the
 * bureau's words for values ({@link Words}' bundles), and numbers and dates in the reports' formats
 * (the date patterns are messages too). Templates reach it as {@code fmt}; the charts take their
 * labels from it.
 */
public record Texts(Lang lang, List<ResourceBundle> bundles) {

  static final String MESSAGES = "org.riskgraph.analysis.render.messages";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public Texts {
    bundles = List.copyOf(bundles);
  }

  private static final Texts ZH = load(Lang.ZH);
  private static final Texts EN = load(Lang.EN);

  public static Texts of(Lang lang) {
    return lang == Lang.EN ? EN : ZH;
  }

  private static Texts load(Lang lang) {
    Locale locale = locale(lang);
    return new Texts(
        lang,
        List.of(
            ResourceBundle.getBundle(MESSAGES, locale, NO_FALLBACK),
            ResourceBundle.getBundle(Words.BUNDLE, locale, NO_FALLBACK)));
  }

  static Locale locale(Lang lang) {
    return lang == Lang.EN ? Locale.ENGLISH : Locale.CHINESE;
  }

  /** The message for {@code key}, or null where no bundle has it. */
  String find(String key) {
    for (ResourceBundle bundle : bundles) {
      try {
        return bundle.getString(key);
      } catch (MissingResourceException e) {
        // the next bundle may have it
      }
    }
    return null;
  }

  /**
   * A message with its arguments put in ({@link MessageFormat}, so {@code ''} is a quote in a
   * message with arguments); numbers are printed as they are, without grouping. A missing key
   * prints as {@code ??key_zh??}, as in the templates, for the bundle test to find.
   */
  public String msg(String key, Object... args) {
    String message = find(key);
    if (message == null) {
      return absent(key, lang);
    }
    return format(message, locale(lang), args);
  }

  static String format(String message, Locale locale, Object... args) {
    if (args == null || args.length == 0) {
      return message;
    }
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = args[i] instanceof Number ? args[i].toString() : args[i];
    }
    return new MessageFormat(message, locale).format(plain);
  }

  static String absent(String key, Lang lang) {
    return "??" + key + "_" + lang.name().toLowerCase(Locale.ROOT) + "??";
  }

  /** The bureau's word for a value, e.g. {@code word("level", "RED")}; an unknown value as is. */
  public String word(String kind, String value) {
    if (value == null) {
      return "";
    }
    String found = find(kind + "." + value);
    return found == null ? value : found;
  }

  /** A sentence the analysis wrote in both languages, in this one. */
  public String text(Text text) {
    return text.in(lang);
  }

  /** Words joined with the language's list separator: 、 or a comma. */
  public String join(List<String> words) {
    return String.join(msg("list.separator"), words);
  }

  public String f0(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }

  public String f1(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  public String f2(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A value with its sign: +1.5, −2.0, ±0.0; a dash when there is none. */
  public String signed1(Double value) {
    if (value == null) {
      return "—";
    }
    return (value > 0 ? "+" : value < 0 ? "−" : "±") + f1(Math.abs(value));
  }

  public String pct(Double rate) {
    return rate == null ? "—" : f0(rate * 100) + "%";
  }

  /** A q-value as the hotspot table prints it. */
  public String q(double q) {
    return q < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", q);
  }

  public String date(LocalDate day) {
    return pattern("format.date", day);
  }

  public String shortDate(LocalDate day) {
    return pattern("format.shortDate", day);
  }

  public String weekday(LocalDate day) {
    return pattern("format.weekday", day);
  }

  public String month(YearMonth month) {
    return pattern("format.month", month);
  }

  public String shortMonth(YearMonth month) {
    return pattern("format.shortMonth", month);
  }

  /** Hours and minutes in Beijing time. */
  public String time(OffsetDateTime at) {
    return pattern("format.time", at.atZoneSameInstant(Fields.CHINA));
  }

  public String dateTime(OffsetDateTime at) {
    return shortDate(at.atZoneSameInstant(Fields.CHINA).toLocalDate()) + " " + time(at);
  }

  /** A section's number: 一、二、… in Chinese, 1. 2. … in English. */
  public String section(int number) {
    if (lang == Lang.EN) {
      return number + ". ";
    }
    String digits = "一二三四五六七八九十";
    return (number <= 10 ? String.valueOf(digits.charAt(number - 1)) : Integer.toString(number))
        + "、";
  }

  /** A ratio with its interval, e.g. {@code 1.52 (0.98–2.36)}; "—" when it cannot be computed. */
  public String ratio(RateRatio rr) {
    if (rr == null) {
      return msg("ratio.none");
    }
    if (rr.lower() == null) {
      return "—";
    }
    String estimate = rr.estimate() == null ? "∞" : f2(rr.estimate());
    String upper = rr.upper() == null ? "∞" : f2(rr.upper());
    return estimate + " (" + f2(rr.lower()) + "–" + upper + ")";
  }

  /**
   * "42, against 38 (ratio 1.11, 0.71–1.72, not significant)": a count against an earlier one;
   * {@code what} names the thing counted ({@code against.what.*}).
   */
  public String against(RateRatio rr, long earlier, String what) {
    String thing = msg("against.what." + what);
    if (rr == null) {
      return msg("against.none", thing);
    }
    String verdict = msg("against.verdict." + (rr.lower() == null ? "none" : direction(rr)));
    return msg("against.text", thing, earlier, ratio(rr), verdict);
  }

  /** How long past its deadline: hours under a day, else days and hours. */
  public String overdue(long hours) {
    if (hours < 24) {
      return msg("unit.hours", hours);
    }
    return msg("unit.days", hours / 24)
        + (hours % 24 == 0 ? "" : " " + msg("unit.hours", hours % 24));
  }

  /** {@code up}, {@code down} or {@code ns}: how a ratio moved, for its CSS class and its words. */
  public String direction(RateRatio rr) {
    return rr == null || rr.direction() == 0 ? "ns" : rr.direction() > 0 ? "up" : "down";
  }

  private String pattern(String key, TemporalAccessor value) {
    return DateTimeFormatter.ofPattern(msg(key), locale(lang)).format(value);
  }
}
