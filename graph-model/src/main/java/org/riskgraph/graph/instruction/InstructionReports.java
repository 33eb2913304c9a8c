package org.riskgraph.graph.instruction;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.store.GraphStore;

/**
 * The instructions the reports count: issued in a period, overdue at a moment. Read without their
 * links and history (empty lists), which the reports do not show; no schema of its own to apply.
 */
public final class InstructionReports {

  private static final String FIELDS = "RETURN i, [] AS incidents, [] AS products, [] AS steps";

  static final String ISSUED =
      "MATCH (i:Instruction) WHERE i.issuedAt >= $from AND i.issuedAt < $to\n" + FIELDS;

  static final String OVERDUE =
      """
      MATCH (i:Instruction)
      WHERE i.deadline < $at AND i.issuedAt < $at AND (i.closedAt IS NULL OR i.closedAt >= $at)
      """
          + FIELDS;

  private final GraphStore store;

  public InstructionReports(GraphStore store) {
    this.store = store;
  }

  /** Instructions issued in {@code [from, to)}. */
  public List<Instruction> issued(OffsetDateTime from, OffsetDateTime to) {
    return store.read(
        tx ->
            tx.run(ISSUED, Map.of("from", Fields.inChina(from), "to", Fields.inChina(to)))
                .list(InstructionRepository::toInstruction));
  }

  /** Instructions issued before {@code at}, not closed before it, whose deadline is before it. */
  public List<Instruction> overdueAt(OffsetDateTime at) {
    return store.read(
        tx ->
            tx.run(OVERDUE, Map.of("at", Fields.inChina(at)))
                .list(InstructionRepository::toInstruction));
  }
}
