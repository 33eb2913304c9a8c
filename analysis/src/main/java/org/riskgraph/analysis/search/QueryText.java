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
    String lower =
        compact.toLowerCase(Locale.ROOT).replace("ü", "v").replace("u:", "v").replace("'", "");
    String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return LATIN.matcher(plain).matches() ? Optional.of(plain) : Optional.empty();
  }

  /** The compact text without dashes and brackets, upper case (so a final x reads as X). */
  String digitsAndLetters() {
    return compact.replaceAll("[\\-()（）.]", "").toUpperCase(Locale.ROOT);
  }
}
