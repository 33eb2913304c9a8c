package org.riskgraph.graph.duplicate;

import java.util.Locale;
import org.riskgraph.graph.common.InvalidFieldException;

/** An analyst's verdict on a candidate pair. */
public enum Decision {
  /** One person with two records: the pair is linked, never merged. */
  SAME,
  DIFFERENT,
  UNSURE;

  /**
   * {@code same}, {@code different} or {@code unsure}, in any case; otherwise field {@code
   * decision}.
   */
  public static Decision parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidFieldException("decision", null, "is required");
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("decision", text, "must be same, different or unsure");
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
