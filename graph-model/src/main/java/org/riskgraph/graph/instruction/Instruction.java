package org.riskgraph.graph.instruction;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/**
 * A tasking from the command hall to a unit or an officer (指令), with its deadline, its links to
 * incidents and research products, and the history of its state.
 *
 * @param assignee a unit name or an officer's badge
 * @param closedAt when it was closed, if it was
 */
public record Instruction(
    String id,
    String title,
    String body,
    String assignee,
    OffsetDateTime deadline,
    Priority priority,
    InstructionState state,
    String issuedBy,
    OffsetDateTime issuedAt,
    Optional<OffsetDateTime> closedAt,
    List<String> incidents,
    List<String> products,
    List<Transition> history) {

  public Instruction {
    id = Fields.requireKey("id", id);
    title = Fields.requireText("title", title);
    if (title.length() > 200) {
      throw new InvalidFieldException(
          "title", title.substring(0, 20) + "…", "is longer than 200 characters");
    }
    body = Fields.requireText("body", body);
    assignee = Fields.requireText("assignee", assignee);
    if (deadline == null) {
      throw new InvalidFieldException("deadline", null, "is required");
    }
    if (priority == null) {
      throw new InvalidFieldException("priority", null, "is required");
    }
    incidents = List.copyOf(incidents);
    products = List.copyOf(products);
    history = List.copyOf(history);
    closedAt = closedAt == null ? Optional.empty() : closedAt;
  }

  /** Past its deadline and not closed. */
  public boolean overdueAt(OffsetDateTime now) {
    return state.open() && now.isAfter(deadline);
  }

  /** Closed, and no later than its deadline. */
  public boolean closedOnTime() {
    return closedAt.map(at -> !at.isAfter(deadline)).orElse(false);
  }
}
