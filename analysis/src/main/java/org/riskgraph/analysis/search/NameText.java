package org.riskgraph.analysis.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A person's name as the index compares it: NFKC, lower case, without spaces and the middle dots of
 * transcribed minority names (阿不都·热合曼), so 阿不都热合曼 finds it too.
 */
final class NameText {

  private NameText() {}

  static String normalise(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && "·•・.-'".indexOf(c) < 0)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

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
