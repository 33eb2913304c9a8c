package org.riskgraph.analysis.reports;

import java.util.Locale;

/** The language a report is printed in: Chinese by default, English on request. */
public enum Lang {
  ZH,
  EN;

  /** The language of a page's locale: English for {@code en}, else Chinese. */
  public static Lang of(Locale locale) {
    return locale != null && locale.getLanguage().equals("en") ? EN : ZH;
  }

  public static Lang parse(String text) {
    if (text == null || text.isBlank()) {
      return ZH;
    }
    String value = text.strip().toLowerCase(Locale.ROOT);
    if (value.equals("zh") || value.startsWith("zh-")) {
      return ZH;
    }
    if (value.equals("en") || value.startsWith("en-")) {
      return EN;
    }
    throw new IllegalArgumentException("lang must be zh or en: " + text);
  }
}
