package org.riskgraph.graph.control;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.common.TimeBounds;
import org.riskgraph.graph.store.GraphStore;

/**
 * Supervision records. A control past its {@code endsOn} is out of every analysis at once (every
 * query about controls uses {@link #ACTIVE_ON}) and is deleted, with its events, once its retention
 * period has passed.
 */
public final class ControlRepository {

  /** The one predicate for "in force on {@code $day}" on a control bound to {@code c}. */
  public static final String ACTIVE_ON = "c.startsOn <= $day AND c.endsOn >= $day";

  private static final String ACTIVE =
      """
      MATCH (c:Control)
      WHERE %s
      OPTIONAL MATCH (p:Person)-[:SUBJECT_OF]->(c)
      CALL (c) {
        OPTIONAL MATCH (c)-[:RECORDED]->(e:ControlEvent)
        RETURN count(CASE WHEN e.kind = 'CHECK_IN' THEN 1 END) AS checkIns,
               count(CASE WHEN e.kind = 'MISSED_CHECK_IN' THEN 1 END) AS missed,
               count(CASE WHEN e.kind = 'VIOLATION' THEN 1 END) AS violations,
               max(e.at) AS lastEventAt
      }
      RETURN c, p.id AS personId, p.name AS personName, checkIns, missed, violations, lastEventAt
      ORDER BY violations DESC, missed DESC, c.id
      LIMIT $limit
      """
          .formatted(ACTIVE_ON);

  /** Controls still in force on {@code $asOf} or later, with their subject's village. */
  static final String TERMS =
      """
      MATCH (c:Control)
      WHERE c.endsOn >= $asOf
      OPTIONAL MATCH (p:Person)-[:SUBJECT_OF]->(c)
      OPTIONAL MATCH (p)-[:RESIDES_IN]->(v:Village)
      RETURN c.id AS id, min(v.code) AS village, c.startsOn AS startsOn, c.endsOn AS endsOn
      """;

  /**
   * {@link #ACTIVE_ON}, evaluated on each event's own day (Asia/Shanghai), and only for controls
   * still in force on {@code $asOf}.
   */
  static final String LAPSES =
      """
      MATCH (c:Control)-[:RECORDED]->(e:ControlEvent)
      WHERE e.kind IN ['MISSED_CHECK_IN', 'VIOLATION'] AND c.endsOn >= $asOf
      WITH c, e, date(datetime({datetime: e.at, timezone: '+08:00'})) AS day
      WHERE %s
      RETURN c.id AS id, day.year AS year, day.month AS month, e.kind AS kind, count(*) AS n
      """
          .formatted(ACTIVE_ON.replace("$day", "day"));

  /**
   * Controls in force on a day of the period and not ended before {@code $today}; their lapses on
   * days they were in force ({@link #ACTIVE_ON}); per village of the supervised person.
   */
  static final String SUPERVISION =
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
          .formatted(ACTIVE_ON.replace("$day", "day"));

  private static final String EXPIRED_IDS =
      "MATCH (c:Control) WHERE c.endsOn < $before RETURN c.id AS id ORDER BY id LIMIT $limit";

  private static final String PURGE =
      """
      UNWIND $ids AS id
      MATCH (c:Control {id: id})
      OPTIONAL MATCH (c)-[:RECORDED]->(e:ControlEvent)
      DETACH DELETE e, c
      """;

  private final GraphStore store;

  public ControlRepository(GraphStore store) {
    this.store = store;
  }

  public List<ControlStatus> activeOn(LocalDate day, int limit) {
    return store.read(
        tx ->
            tx.run(ACTIVE, Map.of("day", day, "limit", limit))
                .list(
                    r -> {
                      Value c = r.get("c");
                      return new ControlStatus(
                          c.get("id").asString(),
                          r.get("personId").asString(null),
                          r.get("personName").asString(null),
                          StoredValues.constant(c.get("category"), ControlCategory.class),
                          c.get("level").asString(null),
                          c.get("legalBasis").asString(null),
                          c.get("startsOn").asLocalDate(),
                          c.get("endsOn").asLocalDate(),
                          c.get("officerBadge").asString(null),
                          r.get("checkIns").asLong(),
                          r.get("missed").asLong(),
                          r.get("violations").asLong(),
                          r.get("lastEventAt").isNull()
                              ? Optional.empty()
                              : Optional.of(StoredValues.time(r.get("lastEventAt"))));
                    }));
  }

  /**
   * Controls in force on at least one of the Shanghai days {@code [from, to)} and not ended before
   * {@code today}, with their lapses on those days, per village of the supervised person.
   */
  public List<VillageSupervision> supervision(LocalDate from, LocalDate to, LocalDate today) {
    Map<String, Object> p = new HashMap<>(TimeBounds.days(from, to));
    p.put("today", today);
    p.put("first", from);
    p.put("last", to.minusDays(1));
    return store.read(tx -> tx.run(SUPERVISION, p).list(ControlRepository::supervision));
  }

  /** The terms of the controls still in force on {@code asOf} or later. */
  public static List<ControlTerm> terms(TransactionContext tx, LocalDate asOf) {
    return tx.run(TERMS, Map.of("asOf", asOf)).list(ControlRepository::term);
  }

  /**
   * Missed check-ins and violations per control and month, counted on days the control was in
   * force, of the controls still in force on {@code asOf}.
   */
  public static List<LapseTally> lapses(TransactionContext tx, LocalDate asOf) {
    return tx.run(LAPSES, Map.of("asOf", asOf)).list(ControlRepository::lapse);
  }

  static ControlTerm term(Record r) {
    return new ControlTerm(
        r.get("id").asString(),
        Optional.ofNullable(r.get("village").asString(null)),
        r.get("startsOn").asLocalDate(),
        r.get("endsOn").asLocalDate());
  }

  static LapseTally lapse(Record r) {
    return new LapseTally(
        r.get("id").asString(),
        YearMonth.of(r.get("year").asInt(), r.get("month").asInt()),
        ControlEventKind.valueOf(r.get("kind").asString()),
        r.get("n").asLong());
  }

  static VillageSupervision supervision(Record r) {
    return new VillageSupervision(
        Optional.ofNullable(r.get("village").asString(null)),
        r.get("controls").asLong(),
        r.get("missed").asLong(),
        r.get("violations").asLong());
  }

  /**
   * Deletes the controls that ended more than {@code retentionDays} before {@code today}, with
   * their events, in batches; returns their ids.
   */
  public List<String> purgeExpired(LocalDate today, int retentionDays) {
    LocalDate before = today.minusDays(retentionDays);
    List<String> purged = new java.util.ArrayList<>();
    while (true) {
      List<String> ids =
          store.read(
              tx ->
                  tx.run(EXPIRED_IDS, Map.of("before", before, "limit", 1000))
                      .list(r -> r.get("id").asString()));
      if (ids.isEmpty()) {
        return purged;
      }
      store.write(Duration.ofMinutes(2), tx -> tx.run(PURGE, Map.of("ids", ids)).consume());
      purged.addAll(ids);
    }
  }
}
