package org.riskgraph.analysis.products;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeStatus;
import org.riskgraph.graph.incident.IncidentCategory;

/**
 * 警情研判简报: an incident, the people and vehicles involved, their earlier incidents, the link chains
 * between the people, the disputes behind it, and the village's risk that month.
 */
public record IncidentBrief(
    Incident incident,
    List<Person> persons,
    List<Vehicle> vehicles,
    List<PriorIncident> priorIncidents,
    ChainSection chains,
    List<RelatedDispute> disputes,
    VillageContext village)
    implements ResearchContent {

  public IncidentBrief {
    persons = List.copyOf(persons);
    vehicles = List.copyOf(vehicles);
    priorIncidents = List.copyOf(priorIncidents);
    disputes = List.copyOf(disputes);
  }

  public record Incident(
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
  public record Person(
      String id,
      String name,
      String gender,
      LocalDate birthDate,
      String idNumber,
      String villageName,
      String role,
      long controlsInForce) {}

  public record Vehicle(
      String plate,
      String kind,
      String colour,
      String role,
      List<String> ownerIds,
      List<String> ownerNames) {
    public Vehicle {
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
      String role,
      String villageCode) {}

  /** A dispute that escalated into the incident, or one an involved person is party to. */
  public record RelatedDispute(
      String id,
      OffsetDateTime openedAt,
      DisputeCategory category,
      DisputeStatus status,
      String villageCode,
      String relation,
      String person) {}

  @Override
  public List<String> subjects() {
    List<String> out = new ArrayList<>();
    out.add("incident:" + incident.id());
    persons.forEach(p -> out.add("person:" + p.id()));
    vehicles.forEach(v -> out.add("vehicle:" + v.plate()));
    priorIncidents.forEach(p -> out.add("incident:" + p.id()));
    disputes.forEach(d -> out.add("dispute:" + d.id()));
    chains.pairs().forEach(p -> p.chains().forEach(c -> out.addAll(c.nodes())));
    return out.stream().distinct().toList();
  }
}
