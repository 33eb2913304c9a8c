package org.riskgraph.analysis.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The forms of the query text the interpreters read: the text, its tokens (split at white space and
 * Chinese or Latin list punctuation), and the compact form with the separators removed, which is
 * how "zhang wei", "云E 12345" and "138-1234-5678" are meant.
 */
record QueryText(String text, List<String> tokens, String compact) {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、;；]+");
  private static final Pattern LATIN = Pattern.compile("[a-z]{1,40}");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\-()（）.]");

  static QueryText of(String text) {
    List<String> tokens =
        Arrays.stream(SEPARATORS.split(text.strip())).filter(t -> !t.isEmpty()).toList();
    return new QueryText(text, tokens, String.join("", tokens));
  }

  boolean multiToken() {
    return tokens.size() > 1;
  }

  boolean hasHan() {
    return compact.codePoints().anyMatch(ChinesePinyin::isHan);
  }

  /**
   * The compact text as pinyin: lower case, tone marks and apostrophes dropped, ü (or u:) written
   * v; empty if anything but letters remains.
   */
  Optional<String> pinyin() {
    // decomposed first, so ǚ (ü with a tone mark) becomes v like a plain ü
    String decomposed =
        Normalizer.normalize(compact.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replace("u\u0308", "v")
            .replace("u:", "v")
            .replace("'", "");
    String plain = MARKS.matcher(decomposed).replaceAll("");
    return LATIN.matcher(plain).matches() ? Optional.of(plain) : Optional.empty();
  }

  /** The compact text without dashes and brackets, upper case (so a final x reads as X). */
  String digitsAndLetters() {
    return PUNCTUATION.matcher(compact).replaceAll("").toUpperCase(Locale.ROOT);
  }
}
