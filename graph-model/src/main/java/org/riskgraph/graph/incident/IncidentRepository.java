package org.riskgraph.graph.incident;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.common.TimeBounds;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.village.VillageMonthCount;

/**
 * Incidents as the analyses read them: one by one for the reports, counted per village and month
 * for the risk score and the hotspots, with the persons involved. Months and days are those of
 * Asia/Shanghai ({@link TimeBounds}).
 */
public final class IncidentRepository {

  /** Incidents per village, Shanghai month and severity. */
  static final String TALLIES =
      """
      MATCH (i:Incident)-[:OCCURRED_IN]->(v:Village)
      WITH v.code AS village, datetime({datetime: i.reportedAt, timezone: '+08:00'}) AS at,
           i.severity AS severity
      RETURN village, at.year AS year, at.month AS month, severity, count(*) AS n
      """;

  static final String REPORTED_BETWEEN =
      """
      MATCH (i:Incident)
      WHERE i.reportedAt >= $indexFrom AND i.reportedAt < $indexTo
      WITH i WHERE i.reportedAt.epochMillis >= $fromMillis AND i.reportedAt.epochMillis < $toMillis
      MATCH (i)-[:OCCURRED_IN]->(v:Village)
      RETURN i.id AS id, i.reportedAt AS reportedAt, i.category AS category, i.severity AS severity,
             v.code AS village, i.lat AS lat, i.lon AS lon, i.summary AS summary, i.status AS status
      """;

  static final String COUNTS_BY_MONTH =
      """
      MATCH (e:Incident)
      WHERE e.reportedAt >= $indexFrom AND e.reportedAt < $indexTo AND e.category IN $categories
      WITH e, e.reportedAt.epochMillis AS at
      WHERE at >= $startMillis AND at < $endMillis
      MATCH (e)-[:OCCURRED_IN]->(v:Village)
      WITH v.code AS code, size([b IN $monthStartMillis WHERE b <= at]) - 1 AS month
      RETURN code, month, count(*) AS events
      """;

  static final String LATEST =
      "MATCH (e:Incident) WHERE e.reportedAt IS NOT NULL RETURN max(e.reportedAt) AS latest";

  static final String PARTIES =
      """
      UNWIND $ids AS key
      MATCH (p:Person)-[r:INVOLVED_IN]->(i:Incident {id: key})
      RETURN i.id AS incident, p.id AS person, p.name AS name, r.role AS role
      """;

  private final GraphStore store;

  public IncidentRepository(GraphStore store) {
    this.store = store;
  }

  /** Incidents reported on the Shanghai days {@code [from, to)}, oldest first. */
  public List<Incident> reportedBetween(LocalDate from, LocalDate to) {
    List<Incident> incidents =
        store.read(
            tx ->
                tx.run(REPORTED_BETWEEN, TimeBounds.days(from, to))
                    .list(IncidentRepository::incident));
    return incidents.stream()
        .sorted(Comparator.comparing(Incident::reportedAt).thenComparing(Incident::id))
        .toList();
  }

  /** The persons involved in these incidents. */
  public List<IncidentParty> parties(Collection<String> incidentIds) {
    return store.read(
        tx ->
            tx.run(PARTIES, Map.of("ids", List.copyOf(incidentIds)))
                .list(IncidentRepository::party));
  }

  /** When the latest incident was reported, if there is any. */
  public Optional<OffsetDateTime> latestReportedAt() {
    return store.read(tx -> StoredValues.optionalTime(tx.run(LATEST).single().get("latest")));
  }

  public static List<IncidentTally> tallies(TransactionContext tx) {
    return tx.run(TALLIES).list(IncidentRepository::tally);
  }

  /** Incidents of the categories per village and month, over consecutive months. */
  public static List<VillageMonthCount> countsByMonth(
      TransactionContext tx, List<YearMonth> months, Collection<IncidentCategory> categories) {
    Map<String, Object> parameters = new java.util.HashMap<>(TimeBounds.months(months));
    parameters.put("categories", categories.stream().map(Enum::name).toList());
    return tx.run(COUNTS_BY_MONTH, parameters).list(r -> VillageMonthCount.of(r, months));
  }

  static Incident incident(Record r) {
    return new Incident(
        r.get("id").asString(),
        StoredValues.time(r.get("reportedAt")),
        IncidentCategory.valueOf(r.get("category").asString()),
        r.get("severity").asInt(),
        r.get("village").asString(),
        StoredValues.decimal(r.get("lat")),
        StoredValues.decimal(r.get("lon")),
        r.get("summary").asString(null),
        r.get("status").asString(null));
  }

  static IncidentTally tally(Record r) {
    return new IncidentTally(
        r.get("village").asString(),
        YearMonth.of(r.get("year").asInt(), r.get("month").asInt()),
        r.get("severity").asInt(),
        r.get("n").asLong());
  }

  static IncidentParty party(Record r) {
    String person = r.get("person").asString();
    return new IncidentParty(
        r.get("incident").asString(),
        person,
        r.get("name").asString(person),
        Optional.ofNullable(StoredValues.constant(r.get("role"), InvolvementRole.class)));
  }
}
