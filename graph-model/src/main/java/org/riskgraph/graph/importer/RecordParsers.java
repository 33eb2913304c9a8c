package org.riskgraph.graph.importer;

import static org.riskgraph.graph.common.Fields.optionalBoolean;
import static org.riskgraph.graph.common.Fields.optionalDate;
import static org.riskgraph.graph.common.Fields.optionalDateTime;
import static org.riskgraph.graph.common.Fields.optionalDouble;
import static org.riskgraph.graph.common.Fields.optionalEnum;
import static org.riskgraph.graph.common.Fields.requireDate;
import static org.riskgraph.graph.common.Fields.requireDateTime;
import static org.riskgraph.graph.common.Fields.requireEnum;
import static org.riskgraph.graph.common.Fields.requireLong;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.riskgraph.graph.checkpoint.Checkpoint;
import org.riskgraph.graph.checkpoint.CheckpointKind;
import org.riskgraph.graph.control.Control;
import org.riskgraph.graph.control.ControlCategory;
import org.riskgraph.graph.control.ControlEvent;
import org.riskgraph.graph.control.ControlEventKind;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeStatus;
import org.riskgraph.graph.importer.Write.NodeWrite;
import org.riskgraph.graph.importer.Write.RelWrite;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.incident.Involvement;
import org.riskgraph.graph.incident.InvolvementRole;
import org.riskgraph.graph.person.Gender;
import org.riskgraph.graph.person.Knows;
import org.riskgraph.graph.person.KnowsKind;
import org.riskgraph.graph.person.Person;
import org.riskgraph.graph.person.ResidentId;
import org.riskgraph.graph.phone.Phone;
import org.riskgraph.graph.phone.PhoneNumber;
import org.riskgraph.graph.staff.Assistant;
import org.riskgraph.graph.staff.AssistantRole;
import org.riskgraph.graph.staff.Officer;
import org.riskgraph.graph.vehicle.Plate;
import org.riskgraph.graph.vehicle.Sighting;
import org.riskgraph.graph.vehicle.Vehicle;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Circle;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;

/** Turns raw records into validated domain records and then into writes. */
final class RecordParsers {

  private RecordParsers() {}

  static Write township(RawRecord r) {
    Township t = new Township(r.get("code"), r.get("name"));
    return node(
        Specs.TOWNSHIP, r, t.code(), Props.of().put("code", t.code()).put("name", t.name()));
  }

  static Write village(RawRecord r) {
    Village v =
        new Village(
            r.get("code"),
            r.get("name"),
            r.get("townshipCode"),
            requireLong("population", r.get("population"), 0, 100_000_000),
            optionalEnum("circle", r.get("circle"), Circle.class),
            Boolean.TRUE.equals(optionalBoolean("complex", r.get("complex"))),
            optionalDouble("lat", r.get("lat"), -90, 90),
            optionalDouble("lon", r.get("lon"), -180, 180));
    Props props =
        Props.of()
            .put("code", v.code())
            .put("name", v.name())
            .put("townshipCode", v.townshipCode())
            .put("population", v.population())
            .put("circle", v.circle())
            .put("complex", v.complex())
            .put("lat", v.lat())
            .put("lon", v.lon());
    return node(Specs.VILLAGE, r, v.code(), props, one(v.townshipCode()));
  }

  static Write adjacent(RawRecord r) {
    Adjacency a = new Adjacency(r.get("a"), r.get("b"));
    return new RelWrite(Specs.ADJACENT, r, a.a(), a.b(), Map.of());
  }

  static Write officer(RawRecord r) {
    Officer o = new Officer(r.get("badge"), r.get("name"), r.get("unit"));
    return node(
        Specs.OFFICER,
        r,
        o.badge(),
        Props.of().put("badge", o.badge()).put("name", o.name()).put("unit", o.unit()));
  }

  static Write assistant(RawRecord r) {
    Assistant a =
        new Assistant(
            r.get("id"),
            r.get("name"),
            requireEnum("role", r.get("role"), AssistantRole.class),
            r.get("villageCode"));
    Props props =
        Props.of()
            .put("id", a.id())
            .put("name", a.name())
            .put("role", a.role())
            .put("villageCode", a.villageCode());
    return node(Specs.ASSISTANT, r, a.id(), props, one(a.villageCode()));
  }

  static Write person(RawRecord r) {
    String idNumber = r.get("idNumber");
    Person p =
        new Person(
            r.get("id"),
            r.get("name"),
            idNumber == null ? null : ResidentId.of(idNumber),
            Gender.parse(r.get("gender")),
            optionalDate("birthDate", r.get("birthDate")),
            r.get("villageCode"));
    Props props =
        Props.of()
            .put("id", p.id())
            .put("name", p.name())
            .put("idNumber", p.idNumber() == null ? null : p.idNumber().value())
            .put("gender", p.gender())
            .put("birthDate", p.birthDate())
            .put("villageCode", p.villageCode());
    return node(Specs.PERSON, r, p.id(), props, optional(p.villageCode()));
  }

  static Write knows(RawRecord r) {
    Knows k =
        new Knows(
            r.get("from"),
            r.get("to"),
            requireEnum("type", r.get("type"), KnowsKind.class),
            optionalDate("since", r.get("since")));
    return new RelWrite(
        Specs.KNOWS,
        r,
        k.from(),
        k.to(),
        Props.of().put("kind", k.kind()).put("since", k.since()).map());
  }

  static Write vehicle(RawRecord r) {
    Vehicle v =
        new Vehicle(
            Plate.of(r.get("plate")), r.get("vehicleKind"), r.get("colour"), r.get("ownerId"));
    Props props =
        Props.of()
            .put("plate", v.plate().value())
            .put("kind", v.vehicleKind())
            .put("colour", v.colour())
            .put("civil", v.plate().civil());
    return node(Specs.VEHICLE, r, v.plate().value(), props, optional(v.ownerId()));
  }

  static Write phone(RawRecord r) {
    Phone p = new Phone(PhoneNumber.of(r.get("number")), r.get("userId"));
    Props props = Props.of().put("number", p.number().value()).put("mobile", p.number().mobile());
    return node(Specs.PHONE, r, p.number().value(), props, optional(p.userId()));
  }

  static Write checkpoint(RawRecord r) {
    Checkpoint c =
        new Checkpoint(
            r.get("code"),
            requireEnum("checkpointKind", r.get("checkpointKind"), CheckpointKind.class),
            r.get("villageCode"),
            optionalEnum("circle", r.get("circle"), Circle.class),
            optionalDouble("lat", r.get("lat"), -90, 90),
            optionalDouble("lon", r.get("lon"), -180, 180));
    Props props =
        Props.of()
            .put("code", c.code())
            .put("kind", c.kind())
            .put("villageCode", c.villageCode())
            .put("circle", c.circle())
            .put("lat", c.lat())
            .put("lon", c.lon());
    return node(Specs.CHECKPOINT, r, c.code(), props, one(c.villageCode()));
  }

  static Write incident(RawRecord r) {
    Incident i =
        new Incident(
            r.get("id"),
            requireDateTime("reportedAt", r.get("reportedAt")),
            requireEnum("category", r.get("category"), IncidentCategory.class),
            (int) requireLong("severity", r.get("severity"), 1, 4),
            r.get("villageCode"),
            optionalDouble("lat", r.get("lat"), -90, 90),
            optionalDouble("lon", r.get("lon"), -180, 180),
            r.get("summary"),
            r.get("status"));
    Props props =
        Props.of()
            .put("id", i.id())
            .put("reportedAt", i.reportedAt())
            .put("category", i.category())
            .put("severity", i.severity())
            .put("villageCode", i.villageCode())
            .put("lat", i.lat())
            .put("lon", i.lon())
            .put("summary", i.summary())
            .put("status", i.status());
    return node(Specs.INCIDENT, r, i.id(), props, one(i.villageCode()));
  }

  static Write involvement(RawRecord r) {
    String plate = r.get("plate");
    Involvement inv =
        new Involvement(
            r.get("incidentId"),
            r.get("personId"),
            plate == null ? null : Plate.of(plate),
            requireEnum("role", r.get("role"), InvolvementRole.class));
    Map<String, Object> props = Props.of().put("role", inv.role()).map();
    return inv.plate() == null
        ? new RelWrite(Specs.PERSON_INVOLVEMENT, r, inv.personId(), inv.incidentId(), props)
        : new RelWrite(Specs.VEHICLE_INVOLVEMENT, r, inv.plate().value(), inv.incidentId(), props);
  }

  static Write dispute(RawRecord r) {
    Dispute d =
        new Dispute(
            r.get("id"),
            requireDateTime("openedAt", r.get("openedAt")),
            requireEnum("category", r.get("category"), DisputeCategory.class),
            r.get("villageCode"),
            requireEnum("status", r.get("status"), DisputeStatus.class),
            optionalDateTime("resolvedAt", r.get("resolvedAt")),
            r.get("summary"),
            list(r.get("partyIds")),
            r.get("escalatedTo"));
    Props props =
        Props.of()
            .put("id", d.id())
            .put("openedAt", d.openedAt())
            .put("category", d.category())
            .put("villageCode", d.villageCode())
            .put("status", d.status())
            .put("resolvedAt", d.resolvedAt())
            .put("summary", d.summary());
    return node(
        Specs.DISPUTE,
        r,
        d.id(),
        props,
        one(d.villageCode()),
        d.partyIds(),
        optional(d.escalatedTo()));
  }

  static Write control(RawRecord r) {
    Control c =
        new Control(
            r.get("id"),
            r.get("personId"),
            requireEnum("category", r.get("category"), ControlCategory.class),
            r.get("level"),
            r.get("legalBasis"),
            requireDate("startsOn", r.get("startsOn")),
            requireDate("endsOn", r.get("endsOn")),
            r.get("officerBadge"));
    Props props =
        Props.of()
            .put("id", c.id())
            .put("personId", c.personId())
            .put("category", c.category())
            .put("level", c.level())
            .put("legalBasis", c.legalBasis())
            .put("startsOn", c.startsOn())
            .put("endsOn", c.endsOn())
            .put("officerBadge", c.officerBadge());
    return node(Specs.CONTROL, r, c.id(), props, one(c.personId()), optional(c.officerBadge()));
  }

  static Write controlEvent(RawRecord r) {
    ControlEvent e =
        new ControlEvent(
            r.get("id"),
            r.get("controlId"),
            requireDateTime("at", r.get("at")),
            requireEnum("type", r.get("type"), ControlEventKind.class));
    Props props =
        Props.of()
            .put("id", e.id())
            .put("controlId", e.controlId())
            .put("at", e.at())
            .put("kind", e.kind());
    return node(Specs.CONTROL_EVENT, r, e.id(), props, one(e.controlId()));
  }

  static Write sighting(RawRecord r) {
    Sighting s =
        new Sighting(
            Plate.of(r.get("plate")), r.get("checkpointCode"), requireDateTime("at", r.get("at")));
    return new RelWrite(
        Specs.SIGHTING,
        r,
        s.plate().value(),
        s.checkpointCode(),
        Props.of().put("at", s.at()).map());
  }

  @SafeVarargs
  private static NodeWrite node(
      NodeSpec spec, RawRecord r, String key, Props props, List<String>... links) {
    return new NodeWrite(spec, r, key, props.map(), Arrays.asList(links));
  }

  private static List<String> one(String key) {
    return List.of(key);
  }

  private static List<String> optional(String key) {
    return key == null ? List.of() : List.of(key);
  }

  private static List<String> list(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }
}
