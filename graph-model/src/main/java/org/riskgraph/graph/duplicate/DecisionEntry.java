package org.riskgraph.graph.duplicate;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/**
 * One decision on a pair: what, by whom, when and why. Kept as the pair's current decision and,
 * once replaced, as a line of its history.
 */
public record DecisionEntry(
    Decision decision, String decidedBy, OffsetDateTime decidedAt, String note) {

  public static final int MAX_NOTE = 500;

  public DecisionEntry {
    Objects.requireNonNull(decision, "decision");
    decidedBy = Fields.requireText("decidedBy", decidedBy);
    decidedAt = Fields.inChina(Objects.requireNonNull(decidedAt, "decidedAt"));
    // one line, so that the history line below stays four tab-separated fields
    note = note == null ? "" : note.strip().replaceAll("\\s+", " ");
    if (note.length() > MAX_NOTE) {
      throw new InvalidFieldException(
          "note", note.substring(0, 20) + "…", "is longer than " + MAX_NOTE + " characters");
    }
  }

  /** {@code decidedAt TAB DECISION TAB decidedBy TAB note}: a graph property holds no maps. */
  String historyLine() {
    return String.join("\t", decidedAt.toString(), decision.name(), decidedBy, note);
  }

  static DecisionEntry parseHistoryLine(String line) {
    String[] parts = line.split("\t", 4);
    if (parts.length < 3) {
      throw new IllegalArgumentException("not a decision history line: " + line);
    }
    return new DecisionEntry(
        Decision.valueOf(parts[1]),
        parts[2],
        OffsetDateTime.parse(parts[0]),
        parts.length > 3 ? parts[3] : "");
  }
}
