package org.riskgraph.analysis.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.riskgraph.analysis.hotspot.EventSelection;
import org.riskgraph.analysis.hotspot.HotspotInputs;
import org.riskgraph.analysis.hotspot.HotspotInputsLoader;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.control.ControlRepository;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeStatus;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.instruction.Instruction;
import org.riskgraph.graph.instruction.InstructionState;
import org.riskgraph.graph.instruction.Priority;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Circle;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;

/**
 * Answers the reports' questions from the graph, one read transaction per question. Event times are
 * compared by their epoch milliseconds against the first instants of Asia/Shanghai days, after the
 * index on the time field has narrowed the scan to the period and a day either side (Cypher orders
 * equal instants in different zones by zone, see {@link HotspotInputsLoader}).
 */
public final class GraphReportSource implements ReportSource {

  private static final String TOWNSHIPS =
      "MATCH (t:Township) RETURN t.code AS code, t.name AS name ORDER BY code";

  private static final String VILLAGES =
      """
      MATCH (v:Village)
      RETURN v.code AS code, v.name AS name, v.townshipCode AS townshipCode,
             v.population AS population, v.circle AS circle, coalesce(v.complex, false) AS complex,
             v.lat AS lat, v.lon AS lon
      ORDER BY code
      """;

  private static final String ADJACENCY =
      """
      MATCH (a:Village)-[:ADJACENT_TO]-(b:Village)
      WHERE a.code < b.code
      RETURN DISTINCT a.code AS a, b.code AS b
      """;

  private static final String INCIDENTS =
      """
      MATCH (i:Incident)
      WHERE i.reportedAt >= $indexFrom AND i.reportedAt < $indexTo
      WITH i WHERE i.reportedAt.epochMillis >= $fromMillis AND i.reportedAt.epochMillis < $toMillis
      MATCH (i)-[:OCCURRED_IN]->(v:Village)
      RETURN i.id AS id, i.reportedAt AS reportedAt, i.category AS category, i.severity AS severity,
             v.code AS village, i.lat AS lat, i.lon AS lon, i.summary AS summary, i.status AS status
      """;

  private static final String DISPUTES =
      """
      MATCH (d:Dispute)
      WHERE d.openedAt >= $indexFrom AND d.openedAt < $indexTo
      WITH d WHERE d.openedAt.epochMillis >= $fromMillis AND d.openedAt.epochMillis < $toMillis
      MATCH (d)-[:OCCURRED_IN]->(v:Village)
      OPTIONAL MATCH (d)-[:ESCALATED_TO]->(x:Incident)
      RETURN d.id AS id, d.openedAt AS openedAt, d.category AS category, v.code AS village,
             d.status AS status, d.resolvedAt AS resolvedAt, d.summary AS summary,
             min(x.id) AS escalatedTo
      """;

  /**
   * Controls in force on a day of the period and not ended before today; their lapses on days they
   * were in force (ACTIVE_ON).
   */
  private static final String SUPERVISION =
      """
      MATCH (c:Control)
      WHERE c.startsOn <= $last AND c.endsOn >= $first AND c.endsOn >= $today
      OPTIONAL MATCH (p:Person)-[:SUBJECT_OF]->(c)
      OPTIONAL MATCH (p)-[:RESIDES_IN]->(v:Village)
      WITH c, min(v.code) AS village
      CALL (c) {
        MATCH (c)-[:RECORDED]->(e:ControlEvent)
        WHERE e.kind IN ['MISSED_CHECK_IN', 'VIOLATION']
          AND e.at.epochMillis >= $fromMillis AND e.at.epochMillis < $toMillis
        WITH e, date(datetime({datetime: e.at, timezone: '+08:00'})) AS day
        WHERE %s
        RETURN count(CASE WHEN e.kind = 'MISSED_CHECK_IN' THEN 1 END) AS missed,
               count(CASE WHEN e.kind = 'VIOLATION' THEN 1 END) AS violations
      }
      RETURN village, count(c) AS controls, sum(missed) AS missed, sum(violations) AS violations
      """
          .formatted(ControlRepository.ACTIVE_ON.replace("$day", "day"));

  private static final String PARTIES =
      """
      UNWIND $ids AS key
      MATCH (p:Person)-[r:INVOLVED_IN]->(i:Incident {id: key})
      RETURN i.id AS incident, p.id AS person, p.name AS name, r.role AS role
      """;

  private static final String INSTRUCTION_FIELDS =
      """
      RETURN i.id AS id, i.title AS title, i.body AS body, i.assignee AS assignee,
             i.deadline AS deadline, i.priority AS priority, i.state AS state,
             i.issuedBy AS issuedBy, i.issuedAt AS issuedAt, i.closedAt AS closedAt
      """;

  private static final String INSTRUCTIONS_ISSUED =
      "MATCH (i:Instruction) WHERE i.issuedAt >= $from AND i.issuedAt < $to\n" + INSTRUCTION_FIELDS;

  private static final String INSTRUCTIONS_OVERDUE =
      """
      MATCH (i:Instruction)
      WHERE i.deadline < $at AND i.issuedAt < $at AND (i.closedAt IS NULL OR i.closedAt >= $at)
      """
          + INSTRUCTION_FIELDS;

  private static final String SPAN =
      """
      CALL () { MATCH (i:Incident) RETURN min(i.reportedAt) AS a, max(i.reportedAt) AS b }
      CALL () { MATCH (d:Dispute) RETURN min(d.openedAt) AS c, max(d.openedAt) AS d }
      RETURN a, b, c, d
      """;

  private final GraphStore store;
  private final HotspotInputsLoader hotspots;

  public GraphReportSource(GraphStore store) {
    this.store = store;
    this.hotspots = new HotspotInputsLoader(store);
  }

  @Override
  public List<Township> townships() {
    return store.read(
        tx ->
            tx.run(TOWNSHIPS)
                .list(r -> new Township(r.get("code").asString(), r.get("name").asString())));
  }

  @Override
  public List<Village> villages() {
    return store.read(tx -> tx.run(VILLAGES).list(GraphReportSource::village));
  }

  @Override
  public List<Adjacency> adjacency() {
    return store.read(
        tx ->
            tx.run(ADJACENCY)
                .list(r -> new Adjacency(r.get("a").asString(), r.get("b").asString())));
  }

  @Override
  public List<Incident> incidents(LocalDate from, LocalDate to) {
    List<Incident> incidents =
        store.read(tx -> tx.run(INCIDENTS, period(from, to)).list(GraphReportSource::incident));
    return incidents.stream()
        .sorted(Comparator.comparing(Incident::reportedAt).thenComparing(Incident::id))
        .toList();
  }

  @Override
  public List<Dispute> disputes(LocalDate from, LocalDate to) {
    List<Dispute> disputes =
        store.read(tx -> tx.run(DISPUTES, period(from, to)).list(GraphReportSource::dispute));
    return disputes.stream()
        .sorted(Comparator.comparing(Dispute::openedAt).thenComparing(Dispute::id))
        .toList();
  }

  @Override
  public SupervisionCounts supervision(LocalDate from, LocalDate to, LocalDate today) {
    Map<String, Object> p = new HashMap<>(period(from, to));
    p.put("today", today);
    p.put("first", from);
    p.put("last", to.minusDays(1));
    List<Record> rows = store.read(tx -> tx.run(SUPERVISION, p).list());
    long controls = 0;
    long missed = 0;
    long violations = 0;
    List<SupervisionCounts.VillageLapses> villages = new ArrayList<>();
    for (Record row : rows) {
      long c = row.get("controls").asLong();
      long m = row.get("missed").asLong();
      long v = row.get("violations").asLong();
      controls += c;
      missed += m;
      violations += v;
      if (!row.get("village").isNull() && m + v > 0) {
        villages.add(
            new SupervisionCounts.VillageLapses(row.get("village").asString(), null, c, m, v));
      }
    }
    villages.sort(Comparator.comparing(SupervisionCounts.VillageLapses::villageCode));
    return new SupervisionCounts(controls, missed, violations, villages);
  }

  @Override
  public List<Party> parties(Collection<String> incidentIds) {
    return store.read(
        tx ->
            tx.run(PARTIES, Map.of("ids", List.copyOf(incidentIds)))
                .list(
                    r ->
                        new Party(
                            r.get("incident").asString(),
                            r.get("person").asString(),
                            r.get("name").asString(r.get("person").asString()),
                            r.get("role").asString(""))));
  }

  @Override
  public List<Instruction> instructionsIssued(OffsetDateTime from, OffsetDateTime to) {
    return store.read(
        tx ->
            tx.run(
                    INSTRUCTIONS_ISSUED,
                    Map.of("from", Fields.inChina(from), "to", Fields.inChina(to)))
                .list(GraphReportSource::instruction));
  }

  @Override
  public List<Instruction> instructionsOverdueAt(OffsetDateTime at) {
    return store.read(
        tx ->
            tx.run(INSTRUCTIONS_OVERDUE, Map.of("at", Fields.inChina(at)))
                .list(GraphReportSource::instruction));
  }

  @Override
  public HotspotInputs hotspotInputs(EventSelection selection) {
    return hotspots.load(selection);
  }

  @Override
  public Optional<LocalDate> firstDayWithData() {
    return span(true);
  }

  @Override
  public Optional<LocalDate> lastDayWithData() {
    return span(false);
  }

  private Optional<LocalDate> span(boolean first) {
    return store.read(
        tx -> {
          Record r = tx.run(SPAN).single();
          Optional<LocalDate> incident = day(r.get(first ? "a" : "b"));
          Optional<LocalDate> dispute = day(r.get(first ? "c" : "d"));
          if (incident.isEmpty()) {
            return dispute;
          }
          if (dispute.isEmpty()) {
            return incident;
          }
          boolean incidentWins =
              first
                  ? incident.get().isBefore(dispute.get())
                  : incident.get().isAfter(dispute.get());
          return incidentWins ? incident : dispute;
        });
  }

  private static Optional<LocalDate> day(Value value) {
    return value.isNull()
        ? Optional.empty()
        : Optional.of(value.asZonedDateTime().withZoneSameInstant(Fields.CHINA).toLocalDate());
  }

  private static Map<String, Object> period(LocalDate from, LocalDate to) {
    ZonedDateTime start = from.atStartOfDay(Fields.CHINA);
    ZonedDateTime end = to.atStartOfDay(Fields.CHINA);
    return Map.of(
        "indexFrom", start.minusDays(1),
        "indexTo", end.plusDays(1),
        "fromMillis", start.toInstant().toEpochMilli(),
        "toMillis", end.toInstant().toEpochMilli());
  }

  private static Village village(Record r) {
    return new Village(
        r.get("code").asString(),
        r.get("name").asString(),
        r.get("townshipCode").asString(),
        r.get("population").asLong(0),
        r.get("circle").isNull() ? null : Circle.valueOf(r.get("circle").asString()),
        r.get("complex").asBoolean(),
        r.get("lat").isNull() ? null : r.get("lat").asDouble(),
        r.get("lon").isNull() ? null : r.get("lon").asDouble());
  }

  private static Incident incident(Record r) {
    return new Incident(
        r.get("id").asString(),
        time(r.get("reportedAt")),
        IncidentCategory.valueOf(r.get("category").asString()),
        r.get("severity").asInt(),
        r.get("village").asString(),
        r.get("lat").isNull() ? null : r.get("lat").asDouble(),
        r.get("lon").isNull() ? null : r.get("lon").asDouble(),
        r.get("summary").asString(null),
        r.get("status").asString(null));
  }

  private static Dispute dispute(Record r) {
    return new Dispute(
        r.get("id").asString(),
        time(r.get("openedAt")),
        DisputeCategory.valueOf(r.get("category").asString()),
        r.get("village").asString(),
        DisputeStatus.valueOf(r.get("status").asString()),
        r.get("resolvedAt").isNull() ? null : time(r.get("resolvedAt")),
        r.get("summary").asString(null),
        List.of(),
        r.get("escalatedTo").asString(null));
  }

  private static Instruction instruction(Record r) {
    return new Instruction(
        r.get("id").asString(),
        r.get("title").asString(),
        r.get("body").asString(),
        r.get("assignee").asString(),
        time(r.get("deadline")),
        Priority.valueOf(r.get("priority").asString()),
        InstructionState.valueOf(r.get("state").asString()),
        r.get("issuedBy").asString(),
        time(r.get("issuedAt")),
        r.get("closedAt").isNull() ? Optional.empty() : Optional.of(time(r.get("closedAt"))),
        List.of(),
        List.of(),
        List.of());
  }

  private static OffsetDateTime time(Value value) {
    return value.asZonedDateTime().toOffsetDateTime();
  }
}
