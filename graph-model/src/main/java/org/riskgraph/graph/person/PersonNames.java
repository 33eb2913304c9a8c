package org.riskgraph.graph.person;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one way a person's name is brought to the form names are compared in, by the search index and
 * by the duplicate finder alike: NFKC, lower case, without spaces and without the middle dots, full
 * stops, hyphens and apostrophes of transcribed names (阿不都·热合曼), so that 阿不都热合曼 and "Zhang Wei"
 * match their other spellings.
 */
public final class PersonNames {

  private static final String SEPARATORS = "·•・.-'";

  private PersonNames() {}

  public static String normalise(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && SEPARATORS.indexOf(c) < 0)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
