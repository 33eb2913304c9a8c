package org.riskgraph.analysis.products;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.riskgraph.graph.common.EntityKind;
import org.riskgraph.graph.common.EntityRef;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.control.ControlRepository;
import org.riskgraph.graph.store.GraphStore;

/**
 * What is known around an incident? Reads the incident, the persons and vehicles involved, their
 * earlier incidents (at most {@link #PRIOR_PER_SUBJECT} each, latest first) and the related
 * disputes in one read transaction; adds the link chains between the persons and the village's risk
 * that month.
 */
public final class IncidentBriefs {

  static final int PRIOR_PER_SUBJECT = 20;

  private static final String INCIDENT =
      """
      MATCH (i:Incident {id: $id})
      OPTIONAL MATCH (i)-[:OCCURRED_IN]->(v:Village)
      OPTIONAL MATCH (t:Township {code: v.townshipCode})
      RETURN i.id AS id, i.reportedAt AS reportedAt, i.category AS category, i.severity AS severity,
             i.summary AS summary, i.status AS status, v.code AS village, v.name AS villageName,
             t.name AS township
      """;

  private static final String PERSONS =
      """
      MATCH (p:Person)-[r:INVOLVED_IN]->(:Incident {id: $id})
      OPTIONAL MATCH (p)-[:RESIDES_IN]->(v:Village)
      RETURN p.id AS id, p.name AS name, p.gender AS gender, p.birthDate AS birthDate,
             p.idNumber AS idNumber, v.name AS village, r.role AS role,
             COUNT { (p)-[:SUBJECT_OF]->(c:Control) WHERE %s } AS controls
      ORDER BY CASE role WHEN 'SUSPECT' THEN 0 WHEN 'VICTIM' THEN 1 WHEN 'WITNESS' THEN 2 ELSE 3 END, id
      """
          .formatted(ControlRepository.ACTIVE_ON.replace("$day", "$today"));

  private static final String VEHICLES =
      """
      MATCH (x:Vehicle)-[r:INVOLVED_IN]->(:Incident {id: $id})
      OPTIONAL MATCH (o:Person)-[:OWNS]->(x)
      WITH x, r, o ORDER BY o.id
      RETURN x.plate AS plate, x.kind AS kind, x.colour AS colour, r.role AS role,
             collect(o.id) AS owners, collect(o.name) AS ownerNames
      ORDER BY plate
      """;

  private static final String PRIOR =
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

  private static final String DISPUTES =
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

  private final GraphStore store;
  private final VillageRisk risk;
  private final ChainFinder chains;
  private final Clock clock;

  public IncidentBriefs(GraphStore store, VillageRisk risk, ChainFinder chains, Clock clock) {
    this.store = store;
    this.risk = risk;
    this.chains = chains;
    this.clock = clock;
  }

  public Optional<IncidentBrief> build(String incidentId) {
    LocalDate today = LocalDate.now(clock.withZone(Fields.CHINA));
    Optional<Read> read = store.read(tx -> read(tx, incidentId, today));
    return read.map(
        r -> {
          IncidentBrief.Incident incident = r.incident();
          List<EntityRef> ends =
              r.persons().stream()
                  .map(p -> new EntityRef(EntityKind.PERSON, p.id()))
                  .distinct()
                  .toList();
          List<ChainFinder.Pair> pairs = new ArrayList<>();
          for (int a = 0; a < ends.size(); a++) {
            for (int b = a + 1; b < ends.size(); b++) {
              pairs.add(new ChainFinder.Pair(ends.get(a), ends.get(b)));
            }
          }
          VillageContext village =
              incident.villageCode() == null
                  ? null
                  : risk.at(
                          incident.villageCode(),
                          incident.villageName(),
                          incident.townshipName(),
                          YearMonth.from(incident.reportedAt().atZoneSameInstant(Fields.CHINA)))
                      .orElse(null);
          return new IncidentBrief(
              incident,
              r.persons(),
              r.vehicles(),
              r.prior(),
              chains.between(pairs),
              r.disputes(),
              village);
        });
  }

  private record Read(
      IncidentBrief.Incident incident,
      List<IncidentBrief.Person> persons,
      List<IncidentBrief.Vehicle> vehicles,
      List<IncidentBrief.PriorIncident> prior,
      List<IncidentBrief.RelatedDispute> disputes) {}

  private static Optional<Read> read(TransactionContext tx, String id, LocalDate today) {
    List<Record> found = tx.run(INCIDENT, Map.of("id", id)).list();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Record i = found.getFirst();
    IncidentBrief.Incident incident =
        new IncidentBrief.Incident(
            i.get("id").asString(),
            Values.time(i.get("reportedAt")),
            i.get("category").asString(),
            i.get("severity").asInt(),
            i.get("village").asString(null),
            i.get("villageName").asString(null),
            i.get("township").asString(null),
            i.get("summary").asString(null),
            i.get("status").asString(null));
    List<IncidentBrief.Person> persons =
        tx.run(PERSONS, Map.of("id", id, "today", today))
            .list(
                r ->
                    new IncidentBrief.Person(
                        r.get("id").asString(),
                        r.get("name").asString(""),
                        r.get("gender").asString(null),
                        r.get("birthDate").isNull() ? null : r.get("birthDate").asLocalDate(),
                        r.get("idNumber").asString(null),
                        r.get("village").asString(null),
                        r.get("role").asString(null),
                        r.get("controls").asLong()));
    List<IncidentBrief.Vehicle> vehicles =
        tx.run(VEHICLES, Map.of("id", id))
            .list(
                r ->
                    new IncidentBrief.Vehicle(
                        r.get("plate").asString(),
                        r.get("kind").asString(null),
                        r.get("colour").asString(null),
                        r.get("role").asString(null),
                        r.get("owners").asList(Value::asString),
                        r.get("ownerNames").asList(v -> v.asString(""))));
    List<Map<String, Object>> subjects = new ArrayList<>();
    persons.forEach(p -> subjects.add(Map.of("kind", "person", "key", p.id(), "name", p.name())));
    vehicles.forEach(
        v -> subjects.add(Map.of("kind", "vehicle", "key", v.plate(), "name", v.plate())));
    List<IncidentBrief.PriorIncident> prior =
        tx.run(
                PRIOR,
                Map.of(
                    "subjects", subjects,
                    "id", id,
                    "atMillis", incident.reportedAt().toInstant().toEpochMilli(),
                    "limit", PRIOR_PER_SUBJECT))
            .list(
                r ->
                    new IncidentBrief.PriorIncident(
                        r.get("who").asString(),
                        r.get("whoName").asString(""),
                        r.get("id").asString(),
                        Values.time(r.get("at")),
                        r.get("category").asString(),
                        r.get("severity").asInt(),
                        r.get("role").asString(null),
                        r.get("village").asString(null)));
    List<IncidentBrief.RelatedDispute> disputes =
        tx.run(
                DISPUTES,
                Map.of(
                    "id", id, "persons", persons.stream().map(IncidentBrief.Person::id).toList()))
            .list(
                r ->
                    new IncidentBrief.RelatedDispute(
                        r.get("id").asString(),
                        Values.time(r.get("openedAt")),
                        r.get("category").asString(),
                        r.get("status").asString(),
                        r.get("village").asString(null),
                        r.get("relation").asString(),
                        r.get("person").isNull() ? null : "person:" + r.get("person").asString()));
    return Optional.of(new Read(incident, persons, vehicles, prior, disputes));
  }
}
