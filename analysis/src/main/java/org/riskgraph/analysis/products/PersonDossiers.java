package org.riskgraph.analysis.products;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.riskgraph.graph.common.EntityKind;
import org.riskgraph.graph.common.EntityRef;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.control.ControlRepository;
import org.riskgraph.graph.store.GraphStore;

/**
 * Who is this person? Reads the person, their incidents, disputes and the controls in force today
 * with their lapses, and their direct links, in one read transaction. A control that has ended is
 * left out with its events ({@link ControlRepository#ACTIVE_ON} on today).
 */
public final class PersonDossiers {

  static final int MAX_EVENTS = 200;
  static final int MAX_LINKS = 200;

  private static final String ACTIVE_TODAY = ControlRepository.ACTIVE_ON.replace("$day", "$today");

  private static final String PERSON =
      """
      MATCH (p:Person {id: $id})
      OPTIONAL MATCH (p)-[:RESIDES_IN]->(v:Village)
      OPTIONAL MATCH (t:Township {code: v.townshipCode})
      RETURN p.id AS id, p.name AS name, p.gender AS gender, p.birthDate AS birthDate,
             p.idNumber AS idNumber, v.code AS village, v.name AS villageName, t.name AS township
      """;

  private static final String EVENTS =
      """
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

  private static final String CONTROLS =
      """
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

  private static final String LINKS =
      """
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

  /**
   * The persons most often involved in the same incidents: the dossier looks for chains to them.
   */
  private static final String CO_INVOLVED =
      """
      MATCH (p)-[:INVOLVED_IN]->(:Incident)<-[:INVOLVED_IN]-(q:Person)
      WHERE q <> p
      RETURN q.id AS id, count(*) AS together
      ORDER BY together DESC, id
      LIMIT $limit
      """;

  static final int CO_INVOLVED_LIMIT = 5;

  private final GraphStore store;
  private final ChainFinder chains;
  private final Clock clock;

  public PersonDossiers(GraphStore store, ChainFinder chains, Clock clock) {
    this.store = store;
    this.chains = chains;
    this.clock = clock;
  }

  /** The chains are looked for after the read transaction, on the link projection. */
  public Optional<PersonDossier> build(String personId) {
    LocalDate today = LocalDate.now(clock.withZone(Fields.CHINA));
    return store
        .read(tx -> read(tx, personId, today))
        .map(
            r ->
                new PersonDossier(
                    r.person(), r.timeline(), r.links(), r.controls(), chains.between(r.pairs())));
  }

  private record Read(
      PersonDossier.Person person,
      List<PersonDossier.Event> timeline,
      List<PersonDossier.Link> links,
      List<PersonDossier.Control> controls,
      List<ChainFinder.Pair> pairs) {}

  private static Optional<Read> read(TransactionContext tx, String id, LocalDate today) {
    List<Record> found = tx.run(PERSON, Map.of("id", id)).list();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Record r = found.getFirst();
    PersonDossier.Person person =
        new PersonDossier.Person(
            r.get("id").asString(),
            r.get("name").asString(""),
            r.get("gender").asString(null),
            r.get("birthDate").isNull() ? null : r.get("birthDate").asLocalDate(),
            r.get("idNumber").asString(null),
            r.get("village").asString(null),
            r.get("villageName").asString(null),
            r.get("township").asString(null));
    String match = "MATCH (p:Person {id: $id})\n";
    Map<String, Object> p = Map.of("id", id, "today", today, "limit", MAX_EVENTS);
    List<PersonDossier.Control> controls =
        tx.run(match + CONTROLS, p)
            .list(
                c ->
                    new PersonDossier.Control(
                        c.get("id").asString(),
                        c.get("category").asString(null),
                        c.get("level").asString(null),
                        c.get("legalBasis").asString(null),
                        c.get("startsOn").asLocalDate(),
                        c.get("endsOn").asLocalDate(),
                        c.get("officer").asString(null),
                        c.get("checkIns").asLong(),
                        c.get("missed").asLong(),
                        c.get("violations").asLong()));
    List<PersonDossier.Event> timeline = new ArrayList<>();
    tx.run(match + EVENTS, p)
        .forEachRemaining(
            e ->
                timeline.add(
                    new PersonDossier.Event(
                        Values.time(e.get("at")),
                        e.get("kind").asString(),
                        e.get("ref").asString(),
                        e.get("category").asString(null),
                        e.get("role").asString(null),
                        e.get("severity").isNull() ? null : e.get("severity").asInt())));
    for (PersonDossier.Control c : controls) {
      timeline.add(
          new PersonDossier.Event(
              c.startsOn().atStartOfDay(Fields.CHINA).toOffsetDateTime(),
              "CONTROL_START",
              "control:" + c.id(),
              c.category(),
              null,
              null));
    }
    timeline.sort(Comparator.comparing(PersonDossier.Event::at, Comparator.reverseOrder()));
    List<PersonDossier.Link> links =
        tx.run(match + LINKS, Map.of("id", id, "limit", MAX_LINKS))
            .list(
                l ->
                    new PersonDossier.Link(
                        l.get("type").asString(),
                        l.get("via").asString(null),
                        l.get("other").asString(),
                        l.get("name").asString(null),
                        l.get("detail").asString(null)));
    EntityRef self = new EntityRef(EntityKind.PERSON, id);
    List<ChainFinder.Pair> pairs =
        tx.run(match + CO_INVOLVED, Map.of("id", id, "limit", CO_INVOLVED_LIMIT))
            .list(
                q ->
                    new ChainFinder.Pair(
                        self, new EntityRef(EntityKind.PERSON, q.get("id").asString())));
    return Optional.of(new Read(person, timeline, links, controls, pairs));
  }
}
