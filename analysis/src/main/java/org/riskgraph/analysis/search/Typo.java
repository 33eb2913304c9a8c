package org.riskgraph.analysis.search;

import java.util.Optional;

/**
 * The single slip of the keyboard that turns one string into another: a wrong character, two
 * adjacent characters swapped, or a character left out or added. Positions count from 1.
 */
public record Typo(Kind kind, int position, String expected, String actual) {

  public enum Kind {
    /** One character differs. */
    WRONG,
    /** Two adjacent characters are swapped; {@code position} is the first of the two. */
    SWAPPED,
    /** The actual text lacks the character at {@code position}. */
    MISSING,
    /** The actual text has an extra character at {@code position}. */
    EXTRA
  }

  /**
   * The one slip that makes {@code actual} out of {@code expected}, or empty when they are equal or
   * further apart than one slip.
   */
  public static Optional<Typo> between(String expected, String actual) {
    int n = expected.length();
    int m = actual.length();
    if (Math.abs(n - m) > 1
        || expected.equals(actual)
        || (n == m && mismatches(expected, actual) > 2)) {
      return Optional.empty();
    }
    int first = 0;
    while (first < Math.min(n, m) && expected.charAt(first) == actual.charAt(first)) {
      first++;
    }
    if (n == m) {
      if (expected.substring(first + 1).equals(actual.substring(first + 1))) {
        return Optional.of(
            new Typo(
                Kind.WRONG,
                first + 1,
                expected.substring(first, first + 1),
                actual.substring(first, first + 1)));
      }
      if (first + 1 < n
          && expected.charAt(first) == actual.charAt(first + 1)
          && expected.charAt(first + 1) == actual.charAt(first)
          && expected.substring(first + 2).equals(actual.substring(first + 2))) {
        return Optional.of(
            new Typo(
                Kind.SWAPPED,
                first + 1,
                expected.substring(first, first + 2),
                actual.substring(first, first + 2)));
      }
      return Optional.empty();
    }
    if (n > m && expected.substring(first + 1).equals(actual.substring(first))) {
      return Optional.of(
          new Typo(Kind.MISSING, first + 1, expected.substring(first, first + 1), ""));
    }
    if (m > n && actual.substring(first + 1).equals(expected.substring(first))) {
      return Optional.of(new Typo(Kind.EXTRA, first + 1, "", actual.substring(first, first + 1)));
    }
    return Optional.empty();
  }

  /** Positions where two strings of equal length differ, counted up to 3: a cheap first test. */
  private static int mismatches(String a, String b) {
    int count = 0;
    for (int i = 0; i < a.length() && count <= 2; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        count++;
      }
    }
    return count;
  }

  /** The slip in words, e.g. "digits 15–16 swapped". */
  public String describe(String unit) {
    return switch (kind) {
      case WRONG ->
          "one wrong " + unit + " (" + position + ": " + actual + " for " + expected + ")";
      case SWAPPED -> unit + "s " + position + "–" + (position + 1) + " swapped";
      case MISSING -> unit + " " + position + " missing";
      case EXTRA -> "an extra " + unit + " at " + position;
    };
  }
}
