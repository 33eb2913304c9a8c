package org.riskgraph.analysis.reports;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.riskgraph.graph.instruction.InstructionState;

/**
 * An instruction (指令) open at the report's instant and past its deadline: to be chased (督办). The
 * title, written freely by the command hall, is only in the named version.
 */
public record DueInstruction(
    String id,
    String assignee,
    String priority,
    InstructionState state,
    OffsetDateTime issuedAt,
    OffsetDateTime deadline,
    long hoursOverdue,
    Optional<String> title) {

  public DueInstruction {
    title = title == null ? Optional.empty() : title;
  }
}
