package org.riskgraph.analysis.risk;

import java.util.Locale;

/** Which units a list of scores is about. */
public enum AreaLevel {
  VILLAGE,
  TOWNSHIP,
  COUNTY;

  public static AreaLevel parse(String text) {
    String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (AreaLevel level : values()) {
      if (level.name().equals(value)) {
        return level;
      }
    }
    throw new IllegalArgumentException(
        "level must be one of village, township, county (was '" + text + "')");
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
