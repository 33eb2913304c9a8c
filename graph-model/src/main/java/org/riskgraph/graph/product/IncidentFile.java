package org.riskgraph.graph.product;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeStatus;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.incident.InvolvementRole;
import org.riskgraph.graph.person.Gender;

/**
 * What the store holds around an incident, for its brief: the incident with its village and
 * township, the persons and vehicles involved, their earlier incidents, the disputes related to it.
 * Optional text is {@code null} where the store holds none.
 */
public record IncidentFile(
    IncidentCard incident,
    List<InvolvedPerson> persons,
    List<InvolvedVehicle> vehicles,
    List<PriorIncident> prior,
    List<RelatedDispute> disputes) {

  public IncidentFile {
    persons = List.copyOf(persons);
    vehicles = List.copyOf(vehicles);
    prior = List.copyOf(prior);
    disputes = List.copyOf(disputes);
  }

  public record IncidentCard(
      String id,
      OffsetDateTime reportedAt,
      IncidentCategory category,
      int severity,
      String villageCode,
      String villageName,
      String townshipName,
      String summary,
      String status) {}

  /** A person involved, with the role, and how many controls are in force on them today. */
  public record InvolvedPerson(
      String id,
      String name,
      Gender gender,
      LocalDate birthDate,
      String idNumber,
      String villageName,
      InvolvementRole role,
      long controlsInForce) {}

  /** A vehicle involved, with its owners by id order (a name is empty where none is stored). */
  public record InvolvedVehicle(
      String plate,
      String kind,
      String colour,
      InvolvementRole role,
      List<String> ownerIds,
      List<String> ownerNames) {

    public InvolvedVehicle {
      ownerIds = List.copyOf(ownerIds);
      ownerNames = List.copyOf(ownerNames);
    }
  }

  /** An earlier incident of an involved person or vehicle ({@code who} as {@code kind:key}). */
  public record PriorIncident(
      String who,
      String whoName,
      String id,
      OffsetDateTime reportedAt,
      IncidentCategory category,
      int severity,
      InvolvementRole role,
      String villageCode) {}

  /**
   * A dispute that escalated into the incident ({@code ESCALATED_TO}) or one an involved person is
   * party to ({@code PARTY}, with the person's id).
   */
  public record RelatedDispute(
      String id,
      OffsetDateTime openedAt,
      DisputeCategory category,
      DisputeStatus status,
      String villageCode,
      String relation,
      String personId) {}
}
