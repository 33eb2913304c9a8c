package org.riskgraph.graph.vehicle;

import java.util.Locale;
import java.util.regex.Pattern;
import org.riskgraph.graph.common.InvalidFieldException;

/**
 * A number plate, normalised to upper case without spaces, dots or dashes. Chinese civil plates
 * (province character, issuing-authority letter, five characters, or six for new-energy vehicles)
 * are recognised; any other format is kept as read and marked {@link #civil()} false.
 */
public record Plate(String value, boolean civil) {

  static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  private static final Pattern CIVIL =
      Pattern.compile(
          "["
              + PROVINCES
              + "][A-HJ-NP-Z]"
              + "(?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]"
              + "|[DF][A-HJ-NP-Z0-9][0-9]{4}"
              + "|[0-9]{5}[DF])");
  private static final Pattern ALLOWED = Pattern.compile("[\\p{IsHan}A-Z0-9]{3,12}");

  public Plate {
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException("plate", null, "is required");
    }
    String normal = normalise(value);
    if (!ALLOWED.matcher(normal).matches()) {
      throw new InvalidFieldException(
          "plate", value, "must be 3 to 12 letters, digits or Chinese characters");
    }
    value = normal;
    civil = CIVIL.matcher(normal).matches();
  }

  public static Plate of(String text) {
    return new Plate(text, false);
  }

  public static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.strip()
        .codePoints()
        .map(Plate::toHalfWidth)
        .filter(c -> !Character.isWhitespace(c) && c != '.' && c != '·' && c != '-' && c != '•')
        .forEach(out::appendCodePoint);
    return out.toString().toUpperCase(Locale.ROOT);
  }

  private static int toHalfWidth(int c) {
    return c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
  }

  @Override
  public String toString() {
    return value;
  }
}
