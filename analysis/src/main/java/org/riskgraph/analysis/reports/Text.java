package org.riskgraph.analysis.reports;

import java.util.Objects;

/** A sentence in Chinese (the bureau's language, shown by default) and in English. */
public record Text(String zh, String en) {

  public Text {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  public String in(Lang lang) {
    return lang == Lang.EN ? en : zh;
  }
}
