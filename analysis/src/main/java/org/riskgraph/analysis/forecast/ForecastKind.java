package org.riskgraph.analysis.forecast;

import java.util.Locale;

/** What is counted per village and month for a forecast; {@link #key()} is the name clients use. */
public enum ForecastKind {
  /** Every reported incident (警情), in the month it was reported. */
  INCIDENTS("incidents"),
  /** Incidents of severity 3 or 4, as in the daily and weekly reports. */
  SERIOUS_INCIDENTS("serious-incidents"),
  /** Disputes opened in the month. */
  DISPUTES("disputes");

  private final String key;

  ForecastKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The kind with the given key (case-insensitive), or an exception naming the keys. */
  public static ForecastKind parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (ForecastKind kind : values()) {
      if (kind.key.equals(wanted)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "kind must be one of incidents, serious-incidents, disputes: " + text);
  }
}
