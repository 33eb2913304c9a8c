package org.riskgraph.graph.control;

import java.time.LocalDate;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;

/**
 * A key-person supervision record (重点人员管控). It is refused without a legal basis and an end date
 * after its start; once past {@code endsOn} it drops out of every analysis.
 */
public record Control(
    String id,
    String personId,
    ControlCategory category,
    String level,
    String legalBasis,
    LocalDate startsOn,
    LocalDate endsOn,
    String officerBadge) {

  public Control {
    id = Fields.requireKey("id", id);
    personId = Fields.requireKey("personId", personId);
    if (category == null) {
      throw new InvalidFieldException("category", null, "is required");
    }
    level = Fields.requireText("level", level);
    legalBasis = Fields.requireText("legalBasis", legalBasis);
    if (legalBasis.length() < 4) {
      throw new InvalidFieldException(
          "legalBasis", legalBasis, "must name the legal provision or decision");
    }
    if (startsOn == null) {
      throw new InvalidFieldException("startsOn", null, "is required");
    }
    if (endsOn == null) {
      throw new InvalidFieldException("endsOn", null, "is required");
    }
    if (!endsOn.isAfter(startsOn)) {
      throw new InvalidFieldException("endsOn", endsOn, "must be after startsOn " + startsOn);
    }
    officerBadge = Fields.optionalText("officerBadge", officerBadge);
  }

  /** Whether the control is in force on the given day. */
  public boolean activeOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }
}
