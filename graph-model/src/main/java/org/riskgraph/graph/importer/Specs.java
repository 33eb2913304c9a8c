package org.riskgraph.graph.importer;

import static org.riskgraph.graph.importer.LinkMode.ADD;
import static org.riskgraph.graph.importer.LinkMode.REPLACE;

import java.util.List;

/** The storage shape of every import kind (DESIGN.md, "The graph"). */
final class Specs {

  private Specs() {}

  static final NodeSpec TOWNSHIP =
      new NodeSpec("Township", "code", List.of("code", "name"), List.of());

  static final NodeSpec VILLAGE =
      new NodeSpec(
          "Village",
          "code",
          List.of("code", "name", "townshipCode", "population", "circle", "complex", "lat", "lon"),
          List.of(LinkSpec.out("townshipCode", "PART_OF", "Township", "code", REPLACE)));

  static final NodeSpec PERSON =
      new NodeSpec(
          "Person",
          "id",
          List.of("id", "name", "idNumber", "gender", "birthDate", "villageCode"),
          List.of(LinkSpec.out("villageCode", "RESIDES_IN", "Village", "code", REPLACE)));

  static final NodeSpec VEHICLE =
      new NodeSpec(
          "Vehicle",
          "plate",
          List.of("plate", "kind", "colour", "civil"),
          List.of(LinkSpec.in("ownerId", "OWNS", "Person", "id", ADD)));

  static final NodeSpec PHONE =
      new NodeSpec(
          "Phone",
          "number",
          List.of("number", "mobile"),
          List.of(LinkSpec.in("userId", "USES", "Person", "id", ADD)));

  static final NodeSpec INCIDENT =
      new NodeSpec(
          "Incident",
          "id",
          List.of(
              "id",
              "reportedAt",
              "category",
              "severity",
              "villageCode",
              "lat",
              "lon",
              "summary",
              "status"),
          List.of(LinkSpec.out("villageCode", "OCCURRED_IN", "Village", "code", REPLACE)));

  static final NodeSpec DISPUTE =
      new NodeSpec(
          "Dispute",
          "id",
          List.of("id", "openedAt", "category", "villageCode", "status", "resolvedAt", "summary"),
          List.of(
              LinkSpec.out("villageCode", "OCCURRED_IN", "Village", "code", REPLACE),
              LinkSpec.in("partyIds", "PARTY_TO", "Person", "id", REPLACE),
              LinkSpec.out("escalatedTo", "ESCALATED_TO", "Incident", "id", REPLACE)));

  static final NodeSpec CONTROL =
      new NodeSpec(
          "Control",
          "id",
          List.of(
              "id",
              "personId",
              "category",
              "level",
              "legalBasis",
              "startsOn",
              "endsOn",
              "officerBadge"),
          List.of(
              LinkSpec.in("personId", "SUBJECT_OF", "Person", "id", REPLACE),
              LinkSpec.out("officerBadge", "SUPERVISED_BY", "Officer", "badge", REPLACE)));

  static final NodeSpec CONTROL_EVENT =
      new NodeSpec(
          "ControlEvent",
          "id",
          List.of("id", "controlId", "at", "kind"),
          List.of(LinkSpec.in("controlId", "RECORDED", "Control", "id", REPLACE)));

  static final NodeSpec CHECKPOINT =
      new NodeSpec(
          "Checkpoint",
          "code",
          List.of("code", "kind", "villageCode", "circle", "lat", "lon"),
          List.of(LinkSpec.out("villageCode", "LOCATED_IN", "Village", "code", REPLACE)));

  static final NodeSpec OFFICER =
      new NodeSpec("Officer", "badge", List.of("badge", "name", "unit"), List.of());

  static final NodeSpec ASSISTANT =
      new NodeSpec(
          "Assistant",
          "id",
          List.of("id", "name", "role", "villageCode"),
          List.of(LinkSpec.out("villageCode", "SERVES", "Village", "code", REPLACE)));

  static final RelSpec ADJACENT =
      new RelSpec(
          "Adjacent",
          "a",
          "b",
          "Village",
          "code",
          "ADJACENT_TO",
          "Village",
          "code",
          List.of(),
          true);

  static final RelSpec KNOWS =
      new RelSpec("Knows", "from", "to", "Person", "id", "KNOWS", "Person", "id", List.of(), false);

  static final RelSpec PERSON_INVOLVEMENT =
      new RelSpec(
          "Involvement",
          "personId",
          "incidentId",
          "Person",
          "id",
          "INVOLVED_IN",
          "Incident",
          "id",
          List.of("role"),
          false);

  static final RelSpec VEHICLE_INVOLVEMENT =
      new RelSpec(
          "Involvement",
          "plate",
          "incidentId",
          "Vehicle",
          "plate",
          "INVOLVED_IN",
          "Incident",
          "id",
          List.of("role"),
          false);

  static final RelSpec SIGHTING =
      new RelSpec(
          "Sighting",
          "plate",
          "checkpointCode",
          "Vehicle",
          "plate",
          "SEEN_AT",
          "Checkpoint",
          "code",
          List.of("at"),
          false);
}
