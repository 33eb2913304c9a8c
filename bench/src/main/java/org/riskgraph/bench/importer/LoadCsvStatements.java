package org.riskgraph.bench.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The same county loaded with Cypher's own {@code LOAD CSV}, in batches of 10,000 rows: plain
 * CREATE where a record is one node or relationship, MERGE only where a file repeats a key (a phone
 * with several users). No validation and no idempotency, so it is the fast baseline.
 */
final class LoadCsvStatements {

  private static final String PROVENANCE = "source: 'load-csv', ingestedAt: datetime()";

  private LoadCsvStatements() {}

  static Map<String, String> byFile() {
    Map<String, String> s = new LinkedHashMap<>();
    s.put(
        "townships.csv",
        load(
            "townships.csv",
            "CREATE (:Township {code: r.code, name: r.name, " + PROVENANCE + "})"));
    s.put(
        "villages.csv",
        load(
            "villages.csv",
            "CREATE (v:Village {code: r.code, name: r.name, townshipCode: r.townshipCode, population: toInteger(r.population), circle: r.circle, complex: toBoolean(r.complex), lat: toFloat(r.lat), lon: toFloat(r.lon), "
                + PROVENANCE
                + "}) WITH v, r MATCH (t:Township {code: r.townshipCode}) CREATE (v)-[:PART_OF {"
                + PROVENANCE
                + "}]->(t)"));
    s.put(
        "adjacency.csv",
        load(
            "adjacency.csv",
            "MATCH (a:Village {code: r.a}) MATCH (b:Village {code: r.b}) CREATE (a)-[:ADJACENT_TO {"
                + PROVENANCE
                + "}]->(b)"));
    s.put(
        "officers.csv",
        load(
            "officers.csv",
            "CREATE (:Officer {badge: r.badge, name: r.name, unit: r.unit, " + PROVENANCE + "})"));
    s.put(
        "assistants.csv",
        load(
            "assistants.csv",
            "CREATE (a:Assistant {id: r.id, name: r.name, role: r.role, villageCode: r.villageCode, "
                + PROVENANCE
                + "}) WITH a, r MATCH (v:Village {code: r.villageCode}) CREATE (a)-[:SERVES {"
                + PROVENANCE
                + "}]->(v)"));
    s.put(
        "persons.csv",
        load(
            "persons.csv",
            "CREATE (p:Person {id: r.id, name: r.name, idNumber: r.idNumber, gender: r.gender, birthDate: date(r.birthDate), villageCode: r.villageCode, "
                + PROVENANCE
                + "}) WITH p, r MATCH (v:Village {code: r.villageCode}) CREATE (p)-[:RESIDES_IN {"
                + PROVENANCE
                + "}]->(v)"));
    s.put(
        "knows.csv",
        load(
            "knows.csv",
            "MATCH (a:Person {id: r.from}) MATCH (b:Person {id: r.to}) CREATE (a)-[:KNOWS {kind: r.type, since: date(r.since), "
                + PROVENANCE
                + "}]->(b)"));
    s.put(
        "vehicles.csv",
        load(
            "vehicles.csv",
            "CREATE (v:Vehicle {plate: r.plate, kind: r.vehicleKind, colour: r.colour, "
                + PROVENANCE
                + "}) WITH v, r MATCH (p:Person {id: r.ownerId}) CREATE (p)-[:OWNS {"
                + PROVENANCE
                + "}]->(v)"));
    s.put(
        "phones.csv",
        load(
            "phones.csv",
            "MERGE (ph:Phone {number: r.number}) ON CREATE SET ph.source = 'load-csv', ph.ingestedAt = datetime() WITH ph, r MATCH (p:Person {id: r.userId}) CREATE (p)-[:USES {"
                + PROVENANCE
                + "}]->(ph)"));
    s.put(
        "checkpoints.csv",
        load(
            "checkpoints.csv",
            "CREATE (c:Checkpoint {code: r.code, kind: r.checkpointKind, villageCode: r.villageCode, circle: r.circle, lat: toFloat(r.lat), lon: toFloat(r.lon), "
                + PROVENANCE
                + "}) WITH c, r MATCH (v:Village {code: r.villageCode}) CREATE (c)-[:LOCATED_IN {"
                + PROVENANCE
                + "}]->(v)"));
    s.put(
        "incidents.csv",
        load(
            "incidents.csv",
            "CREATE (i:Incident {id: r.id, reportedAt: datetime(r.reportedAt), category: r.category, severity: toInteger(r.severity), villageCode: r.villageCode, lat: toFloat(r.lat), lon: toFloat(r.lon), summary: r.summary, status: r.status, "
                + PROVENANCE
                + "}) WITH i, r MATCH (v:Village {code: r.villageCode}) CREATE (i)-[:OCCURRED_IN {"
                + PROVENANCE
                + "}]->(v)"));
    s.put(
        "involvements.csv",
        load(
            "involvements.csv",
            "MATCH (i:Incident {id: r.incidentId}) "
                + "OPTIONAL MATCH (p:Person {id: r.personId}) OPTIONAL MATCH (v:Vehicle {plate: r.plate}) "
                + "FOREACH (x IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (x)-[:INVOLVED_IN {role: r.role, "
                + PROVENANCE
                + "}]->(i)) "
                + "FOREACH (x IN CASE WHEN v IS NULL THEN [] ELSE [v] END | CREATE (x)-[:INVOLVED_IN {role: r.role, "
                + PROVENANCE
                + "}]->(i))"));
    s.put(
        "disputes.csv",
        load(
            "disputes.csv",
            "CREATE (d:Dispute {id: r.id, openedAt: datetime(r.openedAt), category: r.category, villageCode: r.villageCode, status: r.status, resolvedAt: datetime(r.resolvedAt), summary: r.summary, "
                + PROVENANCE
                + "}) WITH d, r MATCH (v:Village {code: r.villageCode}) CREATE (d)-[:OCCURRED_IN {"
                + PROVENANCE
                + "}]->(v) WITH d, r "
                + "CALL (d, r) { UNWIND split(coalesce(r.partyIds, ''), ';') AS pid MATCH (p:Person {id: pid}) CREATE (p)-[:PARTY_TO {"
                + PROVENANCE
                + "}]->(d) } "
                + "CALL (d, r) { MATCH (i:Incident {id: r.escalatedTo}) CREATE (d)-[:ESCALATED_TO {"
                + PROVENANCE
                + "}]->(i) }"));
    s.put(
        "controls.csv",
        load(
            "controls.csv",
            "CREATE (c:Control {id: r.id, personId: r.personId, category: r.category, level: r.level, legalBasis: r.legalBasis, startsOn: date(r.startsOn), endsOn: date(r.endsOn), officerBadge: r.officerBadge, "
                + PROVENANCE
                + "}) WITH c, r MATCH (p:Person {id: r.personId}) CREATE (p)-[:SUBJECT_OF {"
                + PROVENANCE
                + "}]->(c) WITH c, r CALL (c, r) { MATCH (o:Officer {badge: r.officerBadge}) CREATE (c)-[:SUPERVISED_BY {"
                + PROVENANCE
                + "}]->(o) }"));
    s.put(
        "control-events.csv",
        load(
            "control-events.csv",
            "CREATE (e:ControlEvent {id: r.id, controlId: r.controlId, at: datetime(r.at), kind: r.type, "
                + PROVENANCE
                + "}) WITH e, r MATCH (c:Control {id: r.controlId}) CREATE (c)-[:RECORDED {"
                + PROVENANCE
                + "}]->(e)"));
    s.put(
        "sightings.csv",
        load(
            "sightings.csv",
            "MATCH (v:Vehicle {plate: r.plate}) MATCH (c:Checkpoint {code: r.checkpointCode}) CREATE (v)-[:SEEN_AT {at: datetime(r.at), "
                + PROVENANCE
                + "}]->(c)"));
    return s;
  }

  private static String load(String file, String body) {
    return "LOAD CSV WITH HEADERS FROM 'file:///"
        + file
        + "' AS r CALL (r) { "
        + body
        + " } IN TRANSACTIONS OF 10000 ROWS";
  }
}
