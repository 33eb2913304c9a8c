package org.riskgraph.graph.person;

import java.util.Locale;
import org.riskgraph.graph.common.InvalidFieldException;

/** Gender as the resident registry records it. */
public enum Gender {
  M,
  F;

  public static Gender parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return switch (text.strip().toUpperCase(Locale.ROOT)) {
      case "M", "MALE", "男" -> M;
      case "F", "FEMALE", "女" -> F;
      default -> throw new InvalidFieldException("gender", text, "is not M or F");
    };
  }
}
