package org.riskgraph.analysis.reports.html;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.RateRatio;
import org.riskgraph.graph.common.Fields;

/** Escaping and the number, date and ratio formats of the printed reports. */
final class Html {

  private Html() {}

  static String esc(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Chooses the Chinese or the English text. */
  static String t(Lang lang, String zh, String en) {
    return lang == Lang.EN ? en : zh;
  }

  static String f0(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }

  static String f1(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String f2(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String signed1(Double value) {
    if (value == null) {
      return "—";
    }
    return (value > 0 ? "+" : value < 0 ? "−" : "±") + f1(Math.abs(value));
  }

  static String date(Lang lang, LocalDate day) {
    if (lang == Lang.EN) {
      return day.getDayOfMonth()
          + " "
          + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
          + " "
          + day.getYear();
    }
    return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  static String shortDate(Lang lang, LocalDate day) {
    return lang == Lang.EN
        ? day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
        : day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  static String weekday(Lang lang, LocalDate day) {
    return lang == Lang.EN
        ? day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
        : "星期" + "一二三四五六日".charAt(day.getDayOfWeek().getValue() - 1);
  }

  static String month(Lang lang, YearMonth month) {
    return lang == Lang.EN
        ? month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + month.getYear()
        : month.getYear() + "年" + month.getMonthValue() + "月";
  }

  static String shortMonth(Lang lang, YearMonth month) {
    return lang == Lang.EN
        ? month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
        : month.getMonthValue() + "月";
  }

  static String time(Lang lang, OffsetDateTime at) {
    OffsetDateTime local = at.atZoneSameInstant(Fields.CHINA).toOffsetDateTime();
    return String.format(Locale.ROOT, "%02d:%02d", local.getHour(), local.getMinute());
  }

  static String dateTime(Lang lang, OffsetDateTime at) {
    OffsetDateTime local = at.atZoneSameInstant(Fields.CHINA).toOffsetDateTime();
    return shortDate(lang, local.toLocalDate()) + " " + time(lang, local);
  }

  /** Chinese ordinal section numbers: 一、二、三… */
  static String section(Lang lang, int number) {
    if (lang == Lang.EN) {
      return number + ". ";
    }
    String digits = "一二三四五六七八九十";
    return (number <= 10 ? String.valueOf(digits.charAt(number - 1)) : Integer.toString(number))
        + "、";
  }

  /** A ratio with its interval, e.g. {@code 1.52（0.98–2.36）}; "—" when it cannot be computed. */
  static String ratio(Lang lang, RateRatio rr) {
    if (rr == null) {
      return t(lang, "无可比数据", "no data");
    }
    if (rr.lower() == null) {
      return "—";
    }
    String estimate = rr.estimate() == null ? "∞" : f2(rr.estimate());
    String upper = rr.upper() == null ? "∞" : f2(rr.upper());
    return estimate + " (" + f2(rr.lower()) + "–" + upper + ")";
  }

  /** A ratio as a table cell: the numbers and whether the change is significant. */
  static String ratioCell(Lang lang, RateRatio rr) {
    String css = rr == null || rr.direction() == 0 ? "ns" : rr.direction() > 0 ? "up" : "down";
    String mark =
        rr == null || rr.lower() == null
            ? ""
            : rr.direction() > 0
                ? t(lang, " ↑显著", " ↑ sig.")
                : rr.direction() < 0 ? t(lang, " ↓显著", " ↓ sig.") : t(lang, " 不显著", " n.s.");
    return "<td class=\"num "
        + css
        + "\">"
        + esc(ratio(lang, rr))
        + "<small>"
        + mark
        + "</small></td>";
  }

  static String pct(Double rate) {
    return rate == null ? "—" : f0(rate * 100) + "%";
  }
}
