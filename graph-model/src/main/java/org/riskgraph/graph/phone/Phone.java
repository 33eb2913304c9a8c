package org.riskgraph.graph.phone;

import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/** A phone number, and optionally the person who uses it. */
public record Phone(PhoneNumber number, String userId) {

  public Phone {
    if (number == null) {
      throw new InvalidFieldException("number", null, "is required");
    }
    userId = Fields.optionalText("userId", userId);
  }
}
