package org.riskgraph.graph.control;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
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
                          c.get("category").asString(null),
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
                              : Optional.of(
                                  r.get("lastEventAt").asZonedDateTime().toOffsetDateTime()));
                    }));
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
