package org.riskgraph.graph.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.riskgraph.graph.common.InvalidFieldException;

/**
 * An 18-character PRC resident identity number (GB 11643-1999): a six-digit region code, the birth
 * date as YYYYMMDD, a three-digit sequence whose last digit is odd for men and even for women, and
 * an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public record ResidentId(String value) {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
  private static final String FIELD = "idNumber";

  public ResidentId {
    value = validate(value, LocalDate.now());
  }

  public static ResidentId of(String text) {
    return new ResidentId(text);
  }

  /** The check character for the first 17 digits. */
  public static char checkCharacter(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  public String regionCode() {
    return value.substring(0, 6);
  }

  public LocalDate birthDate() {
    return LocalDate.of(
        Integer.parseInt(value.substring(6, 10)),
        Integer.parseInt(value.substring(10, 12)),
        Integer.parseInt(value.substring(12, 14)));
  }

  public Gender gender() {
    return (value.charAt(16) - '0') % 2 == 1 ? Gender.M : Gender.F;
  }

  private static String validate(String raw, LocalDate today) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidFieldException(FIELD, null, "is required");
    }
    String text = raw.strip().toUpperCase(java.util.Locale.ROOT);
    if (text.length() != 18) {
      throw new InvalidFieldException(FIELD, raw, "must have 18 characters, has " + text.length());
    }
    for (int i = 0; i < 17; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        throw new InvalidFieldException(FIELD, raw, "character " + (i + 1) + " must be a digit");
      }
    }
    char expected = checkCharacter(text);
    if (text.charAt(17) != expected) {
      throw new InvalidFieldException(
          FIELD, raw, "check digit is " + text.charAt(17) + " but should be " + expected);
    }
    LocalDate birth;
    try {
      birth =
          LocalDate.of(
              Integer.parseInt(text.substring(6, 10)),
              Integer.parseInt(text.substring(10, 12)),
              Integer.parseInt(text.substring(12, 14)));
    } catch (DateTimeException e) {
      throw new InvalidFieldException(
          FIELD, raw, "encodes an impossible birth date " + text.substring(6, 14));
    }
    if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
      throw new InvalidFieldException(FIELD, raw, "encodes an implausible birth date " + birth);
    }
    return text;
  }

  @Override
  public String toString() {
    return value;
  }
}
