package org.riskgraph.analysis.hotspot;

import java.util.Locale;
import org.riskgraph.graph.common.InvalidFieldException;

/** The value per area that Gi* runs on. Local and global Moran always run on {@link #RATE}. */
public enum Measure {
  /** Number of events. */
  COUNT,
  /** Events per 1,000 residents. */
  RATE,
  /** Global Empirical-Bayes smoothed events per 1,000 residents (Marshall 1991). */
  EB_RATE;

  /** The text form, as accepted by {@link #parse(String)}: count, rate or ebrate. */
  public String text() {
    return switch (this) {
      case COUNT -> "count";
      case RATE -> "rate";
      case EB_RATE -> "ebrate";
    };
  }

  public static Measure parse(String text) {
    return switch (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) {
      case "count" -> COUNT;
      case "rate" -> RATE;
      case "ebrate", "eb_rate" -> EB_RATE;
      default -> throw new InvalidFieldException("measure", text, "is not count, rate or ebrate");
    };
  }
}
