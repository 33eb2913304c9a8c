package org.riskgraph.graph.link;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.store.GraphStore;

/**
 * The relationships the link analyses read, of the types and shapes of {@link LinkType}: all of the
 * chain types for the in-memory projection, those behind given chains with their evidence, and
 * those around an entity for a neighbourhood; and the names of nodes. Every statement is built from
 * the types' and shapes' constants; every value is a parameter.
 */
public final class LinkRepository {

  private static final String NEIGHBOURS =
      """
      MATCH (n:%s {%s: $seed})
      UNWIND $keys AS k
      MATCH (x:%s {%s: k})
      CALL (x, n) {
        %s
        RETURN count(*) AS total
      }
      CALL (x, n) {
        %s
        RETURN %s.%s AS key, %s.name AS name, properties(r) AS props, startAt, endAt
        ORDER BY startAt DESC, key LIMIT $limit
      }
      RETURN k AS via, total, key, name, props, startAt, endAt
      """;

  private static final String WINDOW =
      "($since IS NULL OR endAt IS NULL OR endAt >= $since)"
          + " AND ($until IS NULL OR startAt IS NULL OR startAt <= $until)";

  private final GraphStore store;

  public LinkRepository(GraphStore store) {
    this.store = store;
  }

  /**
   * Streams every relationship of the chain types (never the sightings) to a sink, in one read
   * transaction, one query per type and shape; times computed by the server as epoch seconds.
   * Controls are read as in force on {@code day}.
   *
   * @param sinks gives a fresh sink for each attempt: the driver may retry the transaction
   * @return the sink of the attempt that succeeded
   */
  public <S extends LinkEdgeSink> S readEdges(Duration timeout, LocalDate day, Supplier<S> sinks) {
    Map<String, Object> params = Map.of("day", day);
    return store.read(
        timeout,
        tx -> {
          S sink = sinks.get();
          for (LinkType type : LinkType.values()) {
            if (!type.chain()) {
              continue;
            }
            for (Shape shape : type.shapes()) {
              Result rows = tx.run(edgeQuery(type, shape), params);
              while (rows.hasNext()) {
                Record row = rows.next();
                Value q = row.get("q");
                sink.edge(
                    type,
                    shape.from(),
                    row.get("a").asString(),
                    shape.to(),
                    row.get("b").asString(),
                    row.get("s").isNull() ? Long.MIN_VALUE : row.get("s").asLong(),
                    row.get("e").isNull() ? Long.MAX_VALUE : row.get("e").asLong(),
                    q.isNull() ? null : q.asString());
              }
            }
          }
          return sink;
        });
  }

  /**
   * The stored relationships of the given hops (type, stored start, stored end) and the names of
   * their ends and of {@code ends}, in one read transaction and one statement.
   */
  public LinkEvidence evidence(Duration timeout, Collection<Hop> hops, Collection<EntityRef> ends) {
    EvidenceQuery query = new EvidenceQuery();
    ends.forEach(query::end);
    hops.forEach(h -> query.hop(h.type(), h.storedFrom(), h.storedTo()));
    List<EvidenceQuery.Group> groups = query.groups();
    return store.read(
        timeout,
        tx -> {
          Map<EntityRef, Optional<String>> names = new HashMap<>();
          List<StoredLink> links = new ArrayList<>();
          tx.run(query.cypher(), query.parameters())
              .forEachRemaining(
                  row -> {
                    int g = row.get("g").asInt();
                    String a = row.get("a").asString();
                    if (g < 0) {
                      EntityKind kind = EntityKind.values()[-1 - g];
                      names.put(new EntityRef(kind, a), name(row.get("an")));
                      return;
                    }
                    EvidenceQuery.Group group = groups.get(g);
                    String b = row.get("b").asString();
                    Shape shape = group.shape();
                    EntityRef from = new EntityRef(shape.from(), a);
                    EntityRef to = new EntityRef(shape.to(), b);
                    names.put(from, name(row.get("an")));
                    names.put(to, name(row.get("bn")));
                    links.add(
                        new StoredLink(
                            group.type(),
                            from,
                            to,
                            StoredValues.properties(row.get("props")),
                            name(row.get("q")),
                            StoredValues.time(row.get("startAt")),
                            StoredValues.time(row.get("endAt"))));
                  });
          return new LinkEvidence(names, links);
        });
  }

  /**
   * A relationship of a chain as stored: its type, the node it starts at and the one it ends at.
   */
  public record Hop(LinkType type, EntityRef storedFrom, EntityRef storedTo) {}

  /** The stored names of the refs that exist, in a read transaction of its own. */
  public Map<EntityRef, Optional<String>> names(Duration timeout, Collection<EntityRef> refs) {
    return store.read(timeout, tx -> names(tx, refs));
  }

  /** Runs {@code work} with reads of one read transaction. */
  public <T> T inOneRead(Duration timeout, Function<LinkReads, T> work) {
    return store.read(timeout, tx -> work.apply(new TransactionReads(tx)));
  }

  private record TransactionReads(TransactionContext tx) implements LinkReads {

    @Override
    public Map<EntityRef, Optional<String>> names(Collection<EntityRef> refs) {
      return LinkRepository.names(tx, refs);
    }

    @Override
    public List<Neighbour> around(
        EntityRef seed,
        LinkType type,
        Shape shape,
        boolean outgoing,
        List<String> anchors,
        Optional<OffsetDateTime> since,
        Optional<OffsetDateTime> until,
        LocalDate day,
        int limit) {
      Map<String, Object> params = new HashMap<>();
      params.put("seed", seed.key());
      params.put("keys", anchors);
      params.put("since", since.orElse(null));
      params.put("until", until.orElse(null));
      params.put("day", day);
      params.put("limit", limit);
      return tx.run(neighbourQuery(seed.kind(), type, shape, outgoing), params)
          .list(
              row ->
                  new Neighbour(
                      row.get("via").asString(),
                      row.get("total").asLong(),
                      row.get("key").asString(),
                      name(row.get("name")),
                      StoredValues.properties(row.get("props")),
                      StoredValues.time(row.get("startAt")),
                      StoredValues.time(row.get("endAt"))));
    }
  }

  static Map<EntityRef, Optional<String>> names(TransactionContext tx, Collection<EntityRef> refs) {
    Map<EntityKind, List<String>> byKind = new EnumMap<>(EntityKind.class);
    for (EntityRef ref : refs) {
      List<String> keys = byKind.computeIfAbsent(ref.kind(), k -> new ArrayList<>());
      if (!keys.contains(ref.key())) {
        keys.add(ref.key());
      }
    }
    Map<EntityRef, Optional<String>> names = new HashMap<>();
    byKind.forEach(
        (kind, keys) ->
            tx.run(namesQuery(kind), Map.of("keys", keys))
                .forEachRemaining(
                    row ->
                        names.put(
                            new EntityRef(kind, row.get("key").asString()),
                            name(row.get("name")))));
    return names;
  }

  /** A stored text as is (blank included), or empty when absent. */
  private static Optional<String> name(Value value) {
    return value.isNull() ? Optional.empty() : Optional.of(value.asString());
  }

  static String namesQuery(EntityKind kind) {
    return "MATCH (n:"
        + kind.label()
        + ") WHERE n."
        + kind.keyProperty()
        + " IN $keys RETURN n."
        + kind.keyProperty()
        + " AS key, n.name AS name";
  }

  static String edgeQuery(LinkType type, Shape shape) {
    return "MATCH "
        + shape.pattern(type)
        + " WHERE "
        + shape.conditionOrTrue()
        + " RETURN a."
        + shape.from().keyProperty()
        + " AS a, b."
        + shape.to().keyProperty()
        + " AS b, "
        + shape.qualifierExpression()
        + " AS q, ("
        + shape.start()
        + ").epochSeconds AS s, ("
        + shape.end()
        + ").epochSeconds AS e";
  }

  static String neighbourQuery(EntityKind seedKind, LinkType type, Shape shape, boolean out) {
    EntityKind anchor = out ? shape.from() : shape.to();
    EntityKind other = out ? shape.to() : shape.from();
    String otherVar = out ? "b" : "a";
    String match =
        out
            ? "MATCH (x)-[r:" + type.name() + "]->(b:" + other.label() + ") WITH n, x AS a, r, b"
            : "MATCH (a:" + other.label() + ")-[r:" + type.name() + "]->(x) WITH n, a, r, x AS b";
    String body =
        match
            + " WITH n, a, r, b, "
            + shape.start()
            + " AS startAt, "
            + shape.end()
            + " AS endAt WHERE "
            + otherVar
            + " <> n AND "
            + shape.conditionOrTrue()
            + " AND "
            + WINDOW;
    return NEIGHBOURS.formatted(
        seedKind.label(),
        seedKind.keyProperty(),
        anchor.label(),
        anchor.keyProperty(),
        body,
        body,
        otherVar,
        other.keyProperty(),
        otherVar);
  }

  /** Today in Asia/Shanghai: the day controls are read as in force on. */
  public static LocalDate today() {
    return LocalDate.now(Fields.CHINA);
  }
}
