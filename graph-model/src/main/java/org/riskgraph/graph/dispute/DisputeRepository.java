package org.riskgraph.graph.dispute;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
 * Disputes as the analyses read them: one by one for the reports, with their outcome for the risk
 * score, counted per village and month for the hotspots, still open in a village for its brief.
 * Months and days are those of Asia/Shanghai ({@link TimeBounds}).
 */
public final class DisputeRepository {

  static final String OUTCOMES =
      """
      MATCH (d:Dispute)-[:OCCURRED_IN]->(v:Village)
      OPTIONAL MATCH (d)-[:ESCALATED_TO]->(i:Incident)
      WITH v.code AS village, d, min(i.reportedAt) AS escalatedAt
      RETURN village, d.openedAt AS openedAt, d.resolvedAt AS resolvedAt, d.status AS status,
             escalatedAt
      """;

  static final String OPENED_BETWEEN =
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

  static final String COUNTS_BY_MONTH =
      """
      MATCH (e:Dispute)
      WHERE e.openedAt >= $indexFrom AND e.openedAt < $indexTo AND e.category IN $categories
      WITH e, e.openedAt.epochMillis AS at
      WHERE at >= $startMillis AND at < $endMillis
      MATCH (e)-[:OCCURRED_IN]->(v:Village)
      WITH v.code AS code, size([b IN $monthStartMillis WHERE b <= at]) - 1 AS month
      RETURN code, month, count(*) AS events
      """;

  static final String LATEST =
      "MATCH (e:Dispute) WHERE e.openedAt IS NOT NULL RETURN max(e.openedAt) AS latest";

  static final String OPEN_IN_VILLAGE =
      """
      MATCH (d:Dispute)-[:OCCURRED_IN]->(:Village {code: $code})
      WHERE d.status IN ['OPEN', 'MEDIATING']
      RETURN d.id AS id, d.openedAt AS openedAt, d.category AS category, d.status AS status,
             COUNT { (:Person)-[:PARTY_TO]->(d) } AS parties
      ORDER BY d.openedAt.epochMillis, id
      LIMIT $limit
      """;

  private final GraphStore store;

  public DisputeRepository(GraphStore store) {
    this.store = store;
  }

  /**
   * Disputes opened on the Shanghai days {@code [from, to)}, oldest first, with the first incident
   * each escalated into; their parties are not read.
   */
  public List<Dispute> openedBetween(LocalDate from, LocalDate to) {
    List<Dispute> disputes =
        store.read(
            tx ->
                tx.run(OPENED_BETWEEN, TimeBounds.days(from, to)).list(DisputeRepository::dispute));
    return disputes.stream()
        .sorted(Comparator.comparing(Dispute::openedAt).thenComparing(Dispute::id))
        .toList();
  }

  /** When the latest dispute was opened, if there is any. */
  public Optional<OffsetDateTime> latestOpenedAt() {
    return store.read(tx -> StoredValues.optionalTime(tx.run(LATEST).single().get("latest")));
  }

  public static List<DisputeOutcome> outcomes(TransactionContext tx) {
    return tx.run(OUTCOMES).list(DisputeRepository::outcome);
  }

  /** Disputes of the categories per village and month, over consecutive months. */
  public static List<VillageMonthCount> countsByMonth(
      TransactionContext tx, List<YearMonth> months, Collection<DisputeCategory> categories) {
    Map<String, Object> parameters = new HashMap<>(TimeBounds.months(months));
    parameters.put("categories", categories.stream().map(Enum::name).toList());
    return tx.run(COUNTS_BY_MONTH, parameters).list(r -> VillageMonthCount.of(r, months));
  }

  /** The village's disputes still open, oldest first, at most {@code limit}. */
  public static List<OpenDispute> openIn(TransactionContext tx, String villageCode, int limit) {
    return tx.run(OPEN_IN_VILLAGE, Map.of("code", villageCode, "limit", limit))
        .list(DisputeRepository::open);
  }

  static Dispute dispute(Record r) {
    return new Dispute(
        r.get("id").asString(),
        StoredValues.time(r.get("openedAt")),
        DisputeCategory.valueOf(r.get("category").asString()),
        r.get("village").asString(),
        DisputeStatus.valueOf(r.get("status").asString()),
        StoredValues.time(r.get("resolvedAt")),
        r.get("summary").asString(null),
        List.of(),
        r.get("escalatedTo").asString(null));
  }

  static DisputeOutcome outcome(Record r) {
    return new DisputeOutcome(
        r.get("village").asString(),
        StoredValues.time(r.get("openedAt")),
        StoredValues.optionalTime(r.get("resolvedAt")),
        DisputeStatus.valueOf(r.get("status").asString()),
        StoredValues.optionalTime(r.get("escalatedAt")));
  }

  static OpenDispute open(Record r) {
    return new OpenDispute(
        r.get("id").asString(),
        StoredValues.time(r.get("openedAt")),
        DisputeCategory.valueOf(r.get("category").asString()),
        DisputeStatus.valueOf(r.get("status").asString()),
        r.get("parties").asLong());
  }
}
