package org.riskgraph.graph.instruction;

import java.time.OffsetDateTime;
import java.util.List;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/** What the command hall gives when it issues an instruction. */
public record NewInstruction(
    String title,
    String body,
    String assignee,
    OffsetDateTime deadline,
    Priority priority,
    List<String> incidents,
    List<String> products) {

  public NewInstruction {
    title = Fields.requireText("title", title);
    if (title.length() > 200) {
      throw new InvalidFieldException(
          "title", title.substring(0, 20) + "…", "is longer than 200 characters");
    }
    body = Fields.requireText("body", body);
    assignee = Fields.requireText("assignee", assignee);
    if (assignee.length() > 100) {
      throw new InvalidFieldException(
          "assignee", assignee.substring(0, 20) + "…", "is longer than 100 characters");
    }
    if (deadline == null) {
      throw new InvalidFieldException("deadline", null, "is required");
    }
    deadline = Fields.inChina(deadline);
    priority = priority == null ? Priority.ROUTINE : priority;
    incidents = incidents == null ? List.of() : List.copyOf(incidents);
    products = products == null ? List.of() : List.copyOf(products);
    if (incidents.size() + products.size() > 100) {
      throw new InvalidFieldException(
          "incidents", incidents.size() + products.size(), "at most 100 linked records");
    }
  }
}
