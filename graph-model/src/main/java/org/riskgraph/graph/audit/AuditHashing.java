package org.riskgraph.graph.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * The canonical text of an entry and its SHA-256. Fields are length-prefixed so that no choice of
 * values can make two different entries read the same.
 */
final class AuditHashing {

  static final String GENESIS = "0".repeat(64);

  private AuditHashing() {}

  static String hash(long seq, OffsetDateTime at, AuditEvent e, String previousHash) {
    StringBuilder text = new StringBuilder(256);
    field(text, Long.toString(seq));
    field(text, at.toString());
    field(text, e.user());
    field(text, String.join(",", e.roles()));
    field(text, e.action().name());
    field(text, e.endpoint());
    field(text, e.parameters());
    field(text, String.join(",", e.subjects()));
    field(text, e.purpose());
    field(text, e.outcome());
    field(text, Long.toString(e.resultSize()));
    field(text, previousHash);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e2) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e2);
    }
  }

  private static void field(StringBuilder text, String value) {
    text.append(value.length()).append(':').append(value).append(';');
  }
}
