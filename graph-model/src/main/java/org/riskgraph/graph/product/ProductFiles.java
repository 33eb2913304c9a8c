package org.riskgraph.graph.product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.control.ControlCategory;
import org.riskgraph.graph.control.ControlRepository;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeRepository;
import org.riskgraph.graph.dispute.DisputeStatus;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.incident.InvolvementRole;
import org.riskgraph.graph.person.Gender;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.village.VillageRepository;

/**
 * Reads what a research product is built from, each product's facts in one read transaction: an
 * incident's file, a person's file, a village's file. Controls that have ended are left out, with
 * their events ({@link ControlRepository#ACTIVE_ON} on the day given).
 */
public final class ProductFiles {

  private static final String ACTIVE_TODAY = ControlRepository.ACTIVE_ON.replace("$day", "$today");

  static final String INCIDENT =
      """
      MATCH (i:Incident {id: $id})
      OPTIONAL MATCH (i)-[:OCCURRED_IN]->(v:Village)
      OPTIONAL MATCH (t:Township {code: v.townshipCode})
      RETURN i.id AS id, i.reportedAt AS reportedAt, i.category AS category, i.severity AS severity,
             i.summary AS summary, i.status AS status, v.code AS village, v.name AS villageName,
             t.name AS township
      """;

  static final String INVOLVED_PERSONS =
      """
      MATCH (p:Person)-[r:INVOLVED_IN]->(:Incident {id: $id})
      OPTIONAL MATCH (p)-[:RESIDES_IN]->(v:Village)
      RETURN p.id AS id, p.name AS name, p.gender AS gender, p.birthDate AS birthDate,
             p.idNumber AS idNumber, v.name AS village, r.role AS role,
             COUNT { (p)-[:SUBJECT_OF]->(c:Control) WHERE %s } AS controls
      ORDER BY CASE role WHEN 'SUSPECT' THEN 0 WHEN 'VICTIM' THEN 1 WHEN 'WITNESS' THEN 2 ELSE 3 END, id
      """
          .formatted(ACTIVE_TODAY);

  static final String INVOLVED_VEHICLES =
      """
      MATCH (x:Vehicle)-[r:INVOLVED_IN]->(:Incident {id: $id})
      OPTIONAL MATCH (o:Person)-[:OWNS]->(x)
      WITH x, r, o ORDER BY o.id
      RETURN x.plate AS plate, x.kind AS kind, x.colour AS colour, r.role AS role,
             collect(o.id) AS owners, collect(o.name) AS ownerNames
      ORDER BY plate
      """;

  static final String PRIOR =
      """
      UNWIND $subjects AS s
      CALL (s) {
        MATCH (e)-[r:INVOLVED_IN]->(j:Incident)
        WHERE ((s.kind = 'person' AND e:Person AND e.id = s.key)
               OR (s.kind = 'vehicle' AND e:Vehicle AND e.plate = s.key))
          AND j.id <> $id AND j.reportedAt.epochMillis < $atMillis
        RETURN j, r ORDER BY j.reportedAt.epochMillis DESC LIMIT $limit
      }
      RETURN s.kind + ':' + s.key AS who, s.name AS whoName, j.id AS id, j.reportedAt AS at,
             j.category AS category, j.severity AS severity, r.role AS role, j.villageCode AS village
      """;

  static final String RELATED_DISPUTES =
      """
      CALL () {
        MATCH (d:Dispute)-[:ESCALATED_TO]->(:Incident {id: $id})
        RETURN d, 'ESCALATED_TO' AS relation, null AS person
        UNION
        UNWIND $persons AS pid
        MATCH (:Person {id: pid})-[:PARTY_TO]->(d:Dispute)
        RETURN d, 'PARTY' AS relation, pid AS person
      }
      RETURN d.id AS id, d.openedAt AS openedAt, d.category AS category, d.status AS status,
             d.villageCode AS village, relation, person
      ORDER BY d.openedAt.epochMillis DESC, id
      """;

  static final String PERSON =
      """
      MATCH (p:Person {id: $id})
      OPTIONAL MATCH (p)-[:RESIDES_IN]->(v:Village)
      OPTIONAL MATCH (t:Township {code: v.townshipCode})
      RETURN p.id AS id, p.name AS name, p.gender AS gender, p.birthDate AS birthDate,
             p.idNumber AS idNumber, v.code AS village, v.name AS villageName, t.name AS township
      """;

  private static final String THE_PERSON = "MATCH (p:Person {id: $id})\n";

  static final String PERSON_EVENTS =
      THE_PERSON
          + """
          CALL (p) {
            MATCH (p)-[r:INVOLVED_IN]->(i:Incident)
            RETURN i.reportedAt AS at, 'INCIDENT' AS kind, 'incident:' + i.id AS ref, i.category AS category,
                   r.role AS role, i.severity AS severity
            UNION ALL
            MATCH (p)-[:PARTY_TO]->(d:Dispute)
            RETURN d.openedAt AS at, 'DISPUTE' AS kind, 'dispute:' + d.id AS ref, d.category AS category,
                   null AS role, null AS severity
            UNION ALL
            MATCH (p)-[:SUBJECT_OF]->(c:Control)-[:RECORDED]->(e:ControlEvent)
            WHERE %1$s AND e.kind IN ['MISSED_CHECK_IN', 'VIOLATION']
              AND date(datetime({datetime: e.at, timezone: '+08:00'})) >= c.startsOn
              AND date(datetime({datetime: e.at, timezone: '+08:00'})) <= c.endsOn
            RETURN e.at AS at, e.kind AS kind, 'control:' + c.id AS ref, c.category AS category,
                   null AS role, null AS severity
          }
          RETURN at, kind, ref, category, role, severity
          ORDER BY at.epochMillis DESC LIMIT $limit
          """
              .formatted(ACTIVE_TODAY);

  static final String PERSON_CONTROLS =
      THE_PERSON
          + """
          MATCH (p)-[:SUBJECT_OF]->(c:Control)
          WHERE %s
          CALL (c) {
            OPTIONAL MATCH (c)-[:RECORDED]->(e:ControlEvent)
            WHERE e.at IS NULL OR date(datetime({datetime: e.at, timezone: '+08:00'})) >= c.startsOn
            RETURN count(CASE WHEN e.kind = 'CHECK_IN' THEN 1 END) AS checkIns,
                   count(CASE WHEN e.kind = 'MISSED_CHECK_IN' THEN 1 END) AS missed,
                   count(CASE WHEN e.kind = 'VIOLATION' THEN 1 END) AS violations
          }
          RETURN c.id AS id, c.category AS category, c.level AS level, c.legalBasis AS legalBasis,
                 c.startsOn AS startsOn, c.endsOn AS endsOn, c.officerBadge AS officer,
                 checkIns, missed, violations
          ORDER BY c.startsOn
          """
              .formatted(ACTIVE_TODAY);

  static final String PERSON_LINKS =
      THE_PERSON
          + """
          CALL (p) {
            MATCH (p)-[k:KNOWS]-(q:Person)
            RETURN 'KNOWS' AS type, null AS via, 'person:' + q.id AS other, q.name AS name, k.kind AS detail
            UNION ALL
            MATCH (p)-[:OWNS]->(x:Vehicle)
            RETURN 'OWNS' AS type, null AS via, 'vehicle:' + x.plate AS other, x.plate AS name,
                   x.kind AS detail
            UNION ALL
            MATCH (p)-[:OWNS]->(x:Vehicle)-[t:TRAVELS_WITH]-(y:Vehicle)
            OPTIONAL MATCH (o:Person)-[:OWNS]->(y)
            RETURN 'TRAVELS_WITH' AS type, 'vehicle:' + x.plate AS via,
                   coalesce('person:' + o.id, 'vehicle:' + y.plate) AS other,
                   coalesce(o.name, y.plate) AS name, toString(t.count) AS detail
            UNION ALL
            MATCH (p)-[:USES]->(ph:Phone)
            RETURN 'USES' AS type, null AS via, 'phone:' + ph.number AS other, ph.number AS name,
                   null AS detail
            UNION ALL
            MATCH (p)-[:USES]->(ph:Phone)<-[:USES]-(q:Person)
            WHERE q <> p
            RETURN 'SHARES_PHONE' AS type, 'phone:' + ph.number AS via, 'person:' + q.id AS other,
                   q.name AS name, null AS detail
          }
          RETURN type, via, other, name, detail
          ORDER BY type, other
          LIMIT $limit
          """;

  /** The persons most often involved in the same incidents as the person. */
  static final String CO_INVOLVED =
      THE_PERSON
          + """
          MATCH (p)-[:INVOLVED_IN]->(:Incident)<-[:INVOLVED_IN]-(q:Person)
          WHERE q <> p
          RETURN q.id AS id, count(*) AS together
          ORDER BY together DESC, id
          LIMIT $limit
          """;

  private final GraphStore store;

  public ProductFiles(GraphStore store) {
    this.store = store;
  }

  /**
   * The incident's file, or empty if there is no such incident.
   *
   * @param today controls in force on this day count for each person involved
   * @param priorPerSubject earlier incidents read per person or vehicle involved, latest first
   */
  public Optional<IncidentFile> incident(String id, LocalDate today, int priorPerSubject) {
    return store.read(tx -> incident(tx, id, today, priorPerSubject));
  }

  /**
   * The person's file, or empty if there is no such person.
   *
   * @param today controls in force on this day, and their events, are read
   * @param maxEvents events read at most, latest first
   * @param maxLinks links read at most
   * @param coInvolved persons most often involved with them read at most
   */
  public Optional<PersonFile> person(
      String id, LocalDate today, int maxEvents, int maxLinks, int coInvolved) {
    return store.read(tx -> person(tx, id, today, maxEvents, maxLinks, coInvolved));
  }

  /** The village's file with at most {@code maxDisputes} open disputes, or empty. */
  public Optional<VillageFile> village(String code, int maxDisputes) {
    return store.read(
        tx ->
            VillageRepository.find(tx, code)
                .map(v -> new VillageFile(v, DisputeRepository.openIn(tx, code, maxDisputes))));
  }

  private static Optional<IncidentFile> incident(
      TransactionContext tx, String id, LocalDate today, int priorPerSubject) {
    List<Record> found = tx.run(INCIDENT, Map.of("id", id)).list();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    IncidentFile.IncidentCard incident = incidentCard(found.getFirst());
    List<IncidentFile.InvolvedPerson> persons =
        tx.run(INVOLVED_PERSONS, Map.of("id", id, "today", today))
            .list(ProductFiles::involvedPerson);
    List<IncidentFile.InvolvedVehicle> vehicles =
        tx.run(INVOLVED_VEHICLES, Map.of("id", id)).list(ProductFiles::involvedVehicle);
    List<Map<String, Object>> subjects = new ArrayList<>();
    persons.forEach(p -> subjects.add(Map.of("kind", "person", "key", p.id(), "name", p.name())));
    vehicles.forEach(
        v -> subjects.add(Map.of("kind", "vehicle", "key", v.plate(), "name", v.plate())));
    List<IncidentFile.PriorIncident> prior =
        tx.run(
                PRIOR,
                Map.of(
                    "subjects", subjects,
                    "id", id,
                    "atMillis", incident.reportedAt().toInstant().toEpochMilli(),
                    "limit", priorPerSubject))
            .list(ProductFiles::priorIncident);
    List<IncidentFile.RelatedDispute> disputes =
        tx.run(
                RELATED_DISPUTES,
                Map.of(
                    "id",
                    id,
                    "persons",
                    persons.stream().map(IncidentFile.InvolvedPerson::id).toList()))
            .list(ProductFiles::relatedDispute);
    return Optional.of(new IncidentFile(incident, persons, vehicles, prior, disputes));
  }

  private static Optional<PersonFile> person(
      TransactionContext tx,
      String id,
      LocalDate today,
      int maxEvents,
      int maxLinks,
      int coInvolved) {
    List<Record> found = tx.run(PERSON, Map.of("id", id)).list();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    PersonFile.PersonCard person = personCard(found.getFirst());
    Map<String, Object> p = Map.of("id", id, "today", today, "limit", maxEvents);
    List<PersonFile.PersonControl> controls =
        tx.run(PERSON_CONTROLS, p).list(ProductFiles::personControl);
    List<PersonFile.Event> events = tx.run(PERSON_EVENTS, p).list(ProductFiles::event);
    List<PersonFile.Link> links =
        tx.run(PERSON_LINKS, Map.of("id", id, "limit", maxLinks)).list(ProductFiles::link);
    List<String> together =
        tx.run(CO_INVOLVED, Map.of("id", id, "limit", coInvolved))
            .list(r -> r.get("id").asString());
    return Optional.of(new PersonFile(person, controls, events, links, together));
  }

  static IncidentFile.IncidentCard incidentCard(Record i) {
    return new IncidentFile.IncidentCard(
        i.get("id").asString(),
        StoredValues.time(i.get("reportedAt")),
        IncidentCategory.valueOf(i.get("category").asString()),
        i.get("severity").asInt(),
        i.get("village").asString(null),
        i.get("villageName").asString(null),
        i.get("township").asString(null),
        i.get("summary").asString(null),
        i.get("status").asString(null));
  }

  static IncidentFile.InvolvedPerson involvedPerson(Record r) {
    return new IncidentFile.InvolvedPerson(
        r.get("id").asString(),
        r.get("name").asString(""),
        gender(r.get("gender")),
        StoredValues.date(r.get("birthDate")),
        r.get("idNumber").asString(null),
        r.get("village").asString(null),
        StoredValues.constant(r.get("role"), InvolvementRole.class),
        r.get("controls").asLong());
  }

  static IncidentFile.InvolvedVehicle involvedVehicle(Record r) {
    return new IncidentFile.InvolvedVehicle(
        r.get("plate").asString(),
        r.get("kind").asString(null),
        r.get("colour").asString(null),
        StoredValues.constant(r.get("role"), InvolvementRole.class),
        r.get("owners").asList(Value::asString),
        r.get("ownerNames").asList(v -> v.asString("")));
  }

  static IncidentFile.PriorIncident priorIncident(Record r) {
    return new IncidentFile.PriorIncident(
        r.get("who").asString(),
        r.get("whoName").asString(""),
        r.get("id").asString(),
        StoredValues.time(r.get("at")),
        IncidentCategory.valueOf(r.get("category").asString()),
        r.get("severity").asInt(),
        StoredValues.constant(r.get("role"), InvolvementRole.class),
        r.get("village").asString(null));
  }

  static IncidentFile.RelatedDispute relatedDispute(Record r) {
    return new IncidentFile.RelatedDispute(
        r.get("id").asString(),
        StoredValues.time(r.get("openedAt")),
        DisputeCategory.valueOf(r.get("category").asString()),
        DisputeStatus.valueOf(r.get("status").asString()),
        r.get("village").asString(null),
        r.get("relation").asString(),
        r.get("person").asString(null));
  }

  static PersonFile.PersonCard personCard(Record r) {
    return new PersonFile.PersonCard(
        r.get("id").asString(),
        r.get("name").asString(""),
        gender(r.get("gender")),
        StoredValues.date(r.get("birthDate")),
        r.get("idNumber").asString(null),
        r.get("village").asString(null),
        r.get("villageName").asString(null),
        r.get("township").asString(null));
  }

  static PersonFile.PersonControl personControl(Record c) {
    return new PersonFile.PersonControl(
        c.get("id").asString(),
        StoredValues.constant(c.get("category"), ControlCategory.class),
        c.get("level").asString(null),
        c.get("legalBasis").asString(null),
        c.get("startsOn").asLocalDate(),
        c.get("endsOn").asLocalDate(),
        c.get("officer").asString(null),
        c.get("checkIns").asLong(),
        c.get("missed").asLong(),
        c.get("violations").asLong());
  }

  static PersonFile.Event event(Record e) {
    return new PersonFile.Event(
        StoredValues.time(e.get("at")),
        e.get("kind").asString(),
        e.get("ref").asString(),
        e.get("category").asString(null),
        StoredValues.constant(e.get("role"), InvolvementRole.class),
        e.get("severity").isNull() ? null : e.get("severity").asInt());
  }

  static PersonFile.Link link(Record l) {
    return new PersonFile.Link(
        l.get("type").asString(),
        l.get("via").asString(null),
        l.get("other").asString(),
        l.get("name").asString(null),
        l.get("detail").asString(null));
  }

  private static Gender gender(Value value) {
    return value.isNull() ? null : Gender.parse(value.asString());
  }
}
