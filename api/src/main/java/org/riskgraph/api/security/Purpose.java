package org.riskgraph.api.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The purpose a client states for reading person-level records: a case or incident number (e.g.
 * {@code J20261014000123}, {@code A2026-0042}) or a reason of at least 8 characters. Non-ASCII
 * reasons may be sent percent-encoded (UTF-8), since HTTP headers are Latin-1.
 */
public final class Purpose {

  public static final String HEADER = "X-Purpose";
  static final int MIN_REASON = 8;
  private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z]{1,4}[-_]?[0-9][0-9-]{5,}");

  private Purpose() {}

  /** The purpose, decoded and trimmed, if the header holds an acceptable one. */
  public static Optional<String> parse(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String text = header.strip();
    if (text.contains("%")) {
      try {
        text = URLDecoder.decode(text, StandardCharsets.UTF_8).strip();
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    if (text.length() > 500) {
      return Optional.empty();
    }
    if (CASE_NUMBER.matcher(text).matches()
        || text.codePointCount(0, text.length()) >= MIN_REASON) {
      return Optional.of(text);
    }
    return Optional.empty();
  }
}
