package org.riskgraph.analysis.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The grams of a person's name as the index compares them, once the name is in the one normal form
 * of {@link org.riskgraph.graph.person.PersonNames#normalise} (so 阿不都热合曼 finds 阿不都·热合曼).
 */
final class NameText {

  private NameText() {}

  /** The single characters and adjacent pairs of a normalised name. */
  static List<String> unigramsAndBigrams(String normalised) {
    int[] chars = normalised.codePoints().toArray();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < chars.length; i++) {
      out.add(Character.toString(chars[i]));
      if (i + 1 < chars.length) {
        out.add(Character.toString(chars[i]) + Character.toString(chars[i + 1]));
      }
    }
    return out;
  }

  static int length(String normalised) {
    return normalised.codePointCount(0, normalised.length());
  }
}
