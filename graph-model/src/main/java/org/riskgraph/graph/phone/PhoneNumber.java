package org.riskgraph.graph.phone;

import java.util.regex.Pattern;
import org.riskgraph.graph.common.InvalidFieldException;

/**
 * A mainland phone number, normalised to digits without the country code: an 11-digit mobile number
 * starting 13-19, or a landline with its area code (0 followed by 9 to 11 digits).
 */
public record PhoneNumber(String value) {

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern LANDLINE = Pattern.compile("0[1-9][0-9]{8,10}");

  public PhoneNumber {
    if (value == null || value.isBlank()) {
      throw new InvalidFieldException("number", null, "is required");
    }
    String normal = normalise(value);
    if (!MOBILE.matcher(normal).matches() && !LANDLINE.matcher(normal).matches()) {
      throw new InvalidFieldException(
          "number", value, "is neither an 11-digit mobile number nor a landline with area code");
    }
    value = normal;
  }

  public static PhoneNumber of(String text) {
    return new PhoneNumber(text);
  }

  public boolean mobile() {
    return value.charAt(0) == '1';
  }

  static String normalise(String text) {
    String digits = text.strip().replaceAll("[\\s\\-()（）.]", "");
    if (digits.startsWith("+86")) {
      digits = digits.substring(3);
    } else if (digits.startsWith("0086")) {
      digits = digits.substring(4);
    } else if (digits.startsWith("86") && digits.length() == 13) {
      digits = digits.substring(2);
    }
    return digits;
  }

  @Override
  public String toString() {
    return value;
  }
}
