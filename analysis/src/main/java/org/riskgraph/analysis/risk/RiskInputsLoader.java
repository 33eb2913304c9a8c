package org.riskgraph.analysis.risk;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.control.ControlEventKind;
import org.riskgraph.graph.control.ControlRepository;
import org.riskgraph.graph.dispute.DisputeStatus;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Circle;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;

/**
 * Reads what the risk score needs from the graph in one read transaction: the map, incidents
 * counted per village, month and severity, each dispute with its resolution and escalation time,
 * each control with its subject's village, and the missed check-ins and violations of each control
 * per month on days the control was in force. Months are those of Asia/Shanghai.
 */
public final class RiskInputsLoader {

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
      MATCH (i:Incident)-[:OCCURRED_IN]->(v:Village)
      WITH v.code AS village, datetime({datetime: i.reportedAt, timezone: '+08:00'}) AS at,
           i.severity AS severity
      RETURN village, at.year AS year, at.month AS month, severity, count(*) AS n
      """;

  private static final String DISPUTES =
      """
      MATCH (d:Dispute)-[:OCCURRED_IN]->(v:Village)
      OPTIONAL MATCH (d)-[:ESCALATED_TO]->(i:Incident)
      WITH v.code AS village, d, min(i.reportedAt) AS escalatedAt
      RETURN village, d.openedAt AS openedAt, d.resolvedAt AS resolvedAt, d.status AS status,
             escalatedAt
      """;

  private static final String CONTROLS =
      """
      MATCH (c:Control)
      WHERE c.endsOn >= $asOf
      OPTIONAL MATCH (p:Person)-[:SUBJECT_OF]->(c)
      OPTIONAL MATCH (p)-[:RESIDES_IN]->(v:Village)
      RETURN c.id AS id, min(v.code) AS village, c.startsOn AS startsOn, c.endsOn AS endsOn
      """;

  /**
   * ControlRepository.ACTIVE_ON, evaluated on each event's own day (Asia/Shanghai), and only for
   * controls still in force on the day of the analysis.
   */
  private static final String LAPSES =
      """
      MATCH (c:Control)-[:RECORDED]->(e:ControlEvent)
      WHERE e.kind IN ['MISSED_CHECK_IN', 'VIOLATION'] AND c.endsOn >= $asOf
      WITH c, e, date(datetime({datetime: e.at, timezone: '+08:00'})) AS day
      WHERE %s
      RETURN c.id AS id, day.year AS year, day.month AS month, e.kind AS kind, count(*) AS n
      """
          .formatted(ControlRepository.ACTIVE_ON.replace("$day", "day"));

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final GraphStore store;

  public RiskInputsLoader(GraphStore store) {
    this.store = store;
  }

  /** The inputs as of today: controls that have ended count in no month at all. */
  public RiskInputs load() {
    return load(LocalDate.now(Fields.CHINA));
  }

  /**
   * The inputs as of a day. A control that ended before {@code asOf} is out of every month — an
   * expired control drops out of every analysis at once (DESIGN.md); one still in force counts in
   * the months of its term.
   */
  public RiskInputs load(LocalDate asOf) {
    Map<String, Object> asOfParameter = Map.of("asOf", asOf);
    return store.read(
        TIMEOUT,
        tx -> {
          List<Township> townships =
              tx.run(TOWNSHIPS)
                  .list(r -> new Township(r.get("code").asString(), r.get("name").asString()));
          List<Village> villages = tx.run(VILLAGES).list(r -> village(r.get("code"), r));
          List<Adjacency> adjacency =
              tx.run(ADJACENCY)
                  .list(r -> new Adjacency(r.get("a").asString(), r.get("b").asString()));
          InputsAssembler assembler = new InputsAssembler(townships, villages, adjacency);
          tx.run(INCIDENTS)
              .forEachRemaining(
                  r ->
                      assembler.incidents(
                          r.get("village").asString(),
                          YearMonth.of(r.get("year").asInt(), r.get("month").asInt()),
                          r.get("severity").asInt(),
                          r.get("n").asLong()));
          tx.run(DISPUTES)
              .forEachRemaining(
                  r ->
                      assembler.dispute(
                          r.get("village").asString(),
                          r.get("openedAt").asZonedDateTime().toOffsetDateTime(),
                          time(r.get("resolvedAt")),
                          DisputeStatus.valueOf(r.get("status").asString()),
                          time(r.get("escalatedAt"))));
          tx.run(CONTROLS, asOfParameter)
              .forEachRemaining(
                  r ->
                      assembler.control(
                          r.get("id").asString(),
                          Optional.ofNullable(r.get("village").asString(null)),
                          r.get("startsOn").asLocalDate(),
                          r.get("endsOn").asLocalDate()));
          tx.run(LAPSES, asOfParameter)
              .forEachRemaining(
                  r ->
                      assembler.lapses(
                          r.get("id").asString(),
                          YearMonth.of(r.get("year").asInt(), r.get("month").asInt()),
                          ControlEventKind.valueOf(r.get("kind").asString()),
                          r.get("n").asLong()));
          return assembler.build();
        });
  }

  private static Village village(Value code, org.neo4j.driver.Record r) {
    return new Village(
        code.asString(),
        r.get("name").asString(),
        r.get("townshipCode").asString(),
        r.get("population").asLong(0),
        r.get("circle").isNull() ? null : Circle.valueOf(r.get("circle").asString()),
        r.get("complex").asBoolean(),
        r.get("lat").isNull() ? null : r.get("lat").asDouble(),
        r.get("lon").isNull() ? null : r.get("lon").asDouble());
  }

  private static Optional<java.time.OffsetDateTime> time(Value value) {
    return value.isNull()
        ? Optional.empty()
        : Optional.of(value.asZonedDateTime().toOffsetDateTime());
  }
}
