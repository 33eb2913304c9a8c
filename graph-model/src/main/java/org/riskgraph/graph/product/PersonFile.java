package org.riskgraph.graph.product;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.riskgraph.graph.control.ControlCategory;
import org.riskgraph.graph.incident.InvolvementRole;
import org.riskgraph.graph.person.Gender;

/**
 * What the store holds about a person, for their dossier: the person with village and township, the
 * controls in force, what happened to them (latest first), their direct links, and the persons most
 * often involved in the same incidents. Optional text is {@code null} where none is stored.
 */
public record PersonFile(
    PersonCard person,
    List<PersonControl> controls,
    List<Event> events,
    List<Link> links,
    List<String> coInvolved) {

  public PersonFile {
    controls = List.copyOf(controls);
    events = List.copyOf(events);
    links = List.copyOf(links);
    coInvolved = List.copyOf(coInvolved);
  }

  public record PersonCard(
      String id,
      String name,
      Gender gender,
      LocalDate birthDate,
      String idNumber,
      String villageCode,
      String villageName,
      String townshipName) {}

  /** A control in force today with its events since it started. */
  public record PersonControl(
      String id,
      ControlCategory category,
      String level,
      String legalBasis,
      LocalDate startsOn,
      LocalDate endsOn,
      String officerBadge,
      long checkIns,
      long missedCheckIns,
      long violations) {}

  /**
   * Something that happened: {@code kind} INCIDENT (with the role and severity), DISPUTE,
   * MISSED_CHECK_IN or VIOLATION (of a control in force); {@code ref} the record as {@code
   * kind:key}; {@code category} the record's category by name.
   */
  public record Event(
      OffsetDateTime at,
      String kind,
      String ref,
      String category,
      InvolvementRole role,
      Integer severity) {}

  /**
   * A direct link: {@code type} KNOWS (detail: the kind of acquaintance), OWNS (detail: the
   * vehicle's kind), TRAVELS_WITH (via the person's vehicle; detail: how often seen together), USES
   * or SHARES_PHONE (via a phone); {@code other} as {@code kind:key}.
   */
  public record Link(String type, String via, String other, String otherName, String detail) {}
}
