package org.riskgraph.analysis.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The characters a plate camera confuses (0/D/Q/O, 8/B, 1/I, 2/Z, 5/S), folded to one canonical
 * character per class, so a misread plate and the true plate have the same canonical form.
 */
final class PlateOcr {

  private static final String[] CLASSES = {"0DQO", "8B", "1I", "2Z", "5S"};

  private PlateOcr() {}

  static char canonical(char c) {
    for (String group : CLASSES) {
      if (group.indexOf(c) >= 0) {
        return group.charAt(0);
      }
    }
    return c;
  }

  static String canonical(String normalisedPlate) {
    StringBuilder out = new StringBuilder(normalisedPlate.length());
    for (int i = 0; i < normalisedPlate.length(); i++) {
      out.append(canonical(normalisedPlate.charAt(i)));
    }
    return out.toString();
  }

  /**
   * The confusions that turn the plate (or the part of it the query aligns with) into the query,
   * written "true→read", e.g. "5→S" for a 5 on the plate that the query has as S; empty when the
   * query is not a confused form of the plate.
   */
  static List<String> confusions(String plate, String query) {
    int at = canonical(plate).indexOf(canonical(query));
    List<String> out = new ArrayList<>();
    if (at < 0) {
      return out;
    }
    for (int i = 0; i < query.length(); i++) {
      char indexed = plate.charAt(at + i);
      if (indexed != query.charAt(i)) {
        out.add(indexed + "→" + query.charAt(i));
      }
    }
    return out;
  }
}
