package org.riskgraph.analysis.hotspot;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.village.Adjacency;

/**
 * Reads the inputs of a hotspot analysis from the graph in one read transaction: the villages
 * (code, name, population, coordinates), their {@code ADJACENT_TO} pairs, and the selected events
 * counted per village and Asia/Shanghai calendar month by one aggregating query. An event's month
 * is found by comparing its epoch milliseconds with those of the months' first instants in
 * Shanghai: Cypher orders two date-times of the same instant but different zones by zone, so a
 * comparison of the values themselves would misplace an event stored in UTC at exactly midnight in
 * Shanghai. The index on the time field narrows the scan to the period plus a day either side. An
 * event is counted in the village it {@code OCCURRED_IN}; disputes by {@code openedAt}, incidents
 * by {@code reportedAt}. The village list is read here rather than through {@code
 * VillageRepository} so that map and counts come from the same snapshot.
 */
public final class HotspotInputsLoader {

  private static final String VILLAGES =
      """
      MATCH (v:Village)
      RETURN v.code AS code, v.name AS name, v.population AS population, v.lat AS lat, v.lon AS lon
      """;

  private static final String ADJACENCIES =
      """
      MATCH (a:Village)-[:ADJACENT_TO]->(b:Village)
      WHERE a <> b
      RETURN a.code AS a, b.code AS b
      """;

  private static final String DISPUTES_BY_MONTH =
      """
      MATCH (e:Dispute)
      WHERE e.openedAt >= $indexFrom AND e.openedAt < $indexTo AND e.category IN $categories
      WITH e, e.openedAt.epochMillis AS at
      WHERE at >= $startMillis AND at < $endMillis
      MATCH (e)-[:OCCURRED_IN]->(v:Village)
      WITH v.code AS code, size([b IN $monthStartMillis WHERE b <= at]) - 1 AS month
      RETURN code, month, count(*) AS events
      """;

  private static final String INCIDENTS_BY_MONTH =
      """
      MATCH (e:Incident)
      WHERE e.reportedAt >= $indexFrom AND e.reportedAt < $indexTo AND e.category IN $categories
      WITH e, e.reportedAt.epochMillis AS at
      WHERE at >= $startMillis AND at < $endMillis
      MATCH (e)-[:OCCURRED_IN]->(v:Village)
      WITH v.code AS code, size([b IN $monthStartMillis WHERE b <= at]) - 1 AS month
      RETURN code, month, count(*) AS events
      """;

  private static final String LATEST_DISPUTE =
      "MATCH (e:Dispute) WHERE e.openedAt IS NOT NULL RETURN max(e.openedAt) AS latest";

  private static final String LATEST_INCIDENT =
      "MATCH (e:Incident) WHERE e.reportedAt IS NOT NULL RETURN max(e.reportedAt) AS latest";

  private final GraphStore store;

  public HotspotInputsLoader(GraphStore store) {
    this.store = store;
  }

  public HotspotInputs load(EventSelection selection) {
    return store.read(tx -> load(tx, selection));
  }

  /**
   * The last complete month in the data: the month of the latest event of the kind, or the month
   * before the current one (Asia/Shanghai) if the latest event lies in the current month or later —
   * a month still running is not complete. Without any event, the month before the current one.
   */
  public YearMonth lastCompleteMonth(EventKind kind, Clock clock) {
    YearMonth lastEnded = YearMonth.now(clock.withZone(Fields.CHINA)).minusMonths(1);
    Optional<YearMonth> latest = latestEventMonth(kind);
    return latest.filter(m -> m.isBefore(lastEnded)).orElse(lastEnded);
  }

  /** The Asia/Shanghai month of the latest event of the kind, if there is any. */
  public Optional<YearMonth> latestEventMonth(EventKind kind) {
    String query = kind == EventKind.DISPUTES ? LATEST_DISPUTE : LATEST_INCIDENT;
    return store.read(
        tx -> {
          var latest = tx.run(query).single().get("latest");
          return latest.isNull()
              ? Optional.empty()
              : Optional.of(
                  YearMonth.from(latest.asZonedDateTime().withZoneSameInstant(Fields.CHINA)));
        });
  }

  private static HotspotInputs load(TransactionContext tx, EventSelection selection) {
    List<Area> areas = tx.run(VILLAGES).list(HotspotInputsLoader::toArea);
    List<Adjacency> adjacencies =
        tx.run(ADJACENCIES).list(r -> new Adjacency(r.get("a").asString(), r.get("b").asString()));
    SortedMap<YearMonth, Map<String, Long>> counts = new TreeMap<>();
    List<YearMonth> months = selection.months();
    months.forEach(month -> counts.put(month, new HashMap<>()));
    ZonedDateTime start = startOf(selection.from());
    ZonedDateTime end = startOf(selection.to().plusMonths(1));
    Map<String, Object> parameters =
        Map.of(
            "indexFrom", start.minusDays(1),
            "indexTo", end.plusDays(1),
            "startMillis", start.toInstant().toEpochMilli(),
            "endMillis", end.toInstant().toEpochMilli(),
            "monthStartMillis",
                months.stream().map(m -> startOf(m).toInstant().toEpochMilli()).toList(),
            "categories", selection.categories());
    String query = selection.kind() == EventKind.DISPUTES ? DISPUTES_BY_MONTH : INCIDENTS_BY_MONTH;
    for (Record row : tx.run(query, parameters).list()) {
      counts
          .get(months.get(row.get("month").asInt()))
          .put(row.get("code").asString(), row.get("events").asLong());
    }
    return new HotspotInputs(new AreaMap(areas, adjacencies), selection, counts);
  }

  private static Area toArea(Record r) {
    String code = r.get("code").asString();
    Optional<Coordinates> location =
        r.get("lat").isNull() || r.get("lon").isNull()
            ? Optional.empty()
            : Optional.of(new Coordinates(r.get("lat").asDouble(), r.get("lon").asDouble()));
    return new Area(code, r.get("name").asString(code), r.get("population").asLong(0), location);
  }

  /** The first instant of a month in Asia/Shanghai. */
  private static ZonedDateTime startOf(YearMonth month) {
    return month.atDay(1).atStartOfDay(Fields.CHINA);
  }
}
