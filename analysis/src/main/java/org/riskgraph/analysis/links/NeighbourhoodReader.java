package org.riskgraph.analysis.links;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.neo4j.driver.TransactionContext;
import org.riskgraph.analysis.links.Neighbourhood.Direction;
import org.riskgraph.analysis.links.Neighbourhood.Neighbour;
import org.riskgraph.graph.common.EntityKind;
import org.riskgraph.graph.common.EntityRef;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.store.GraphStore;

/**
 * Reads a neighbourhood from the store in one read transaction: per relationship type, shape and
 * direction one query that counts the relationships ({@code total}) and lists the most recent
 * {@code limit}; at depth 2 the same for the listed depth-1 neighbours that are not hubs, at most
 * {@code expandLimit} of them, batched per kind.
 */
public final class NeighbourhoodReader {

  public static final int DEFAULT_EXPAND_LIMIT = 100;

  private static final String TEMPLATE =
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
  private final Duration timeout;
  private final int expandLimit;

  public NeighbourhoodReader(GraphStore store, Duration timeout, int expandLimit) {
    this.store = store;
    this.timeout = timeout;
    this.expandLimit = expandLimit;
  }

  /**
   * The neighbourhood, or empty when the entity is not in the store.
   *
   * @param hub whether a depth-1 neighbour is a hub, not to be expanded at depth 2
   */
  public Optional<Neighbourhood> read(NeighbourhoodQuery query, Predicate<EntityRef> hub) {
    return store.read(timeout, tx -> read(tx, query, hub));
  }

  private Optional<Neighbourhood> read(
      TransactionContext tx, NeighbourhoodQuery query, Predicate<EntityRef> hub) {
    EntityRef seed = query.entity();
    Map<EntityRef, String> names = new HashMap<>(DisplayNames.read(tx, List.of(seed)));
    if (names.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> params = new HashMap<>();
    params.put("seed", seed.key());
    params.put("since", query.window().since().orElse(null));
    params.put("until", query.window().until().orElse(null));
    params.put("day", LocalDate.now(Fields.CHINA));
    params.put("limit", query.limit());
    List<Neighbourhood.Group> groups =
        new ArrayList<>(expand(tx, query, seed.kind(), List.of(seed.key()), params, names, 1));
    Set<EntityRef> around = new LinkedHashSet<>();
    groups.forEach(g -> g.items().forEach(i -> around.add(i.ref())));
    around.remove(seed);
    List<EntityRef> hubs = around.stream().filter(hub).toList();
    List<EntityRef> expandable = around.stream().filter(hub.negate()).toList();
    boolean capped = query.depth() == 2 && expandable.size() > expandLimit;
    if (query.depth() == 2) {
      Map<EntityKind, List<String>> byKind = new EnumMap<>(EntityKind.class);
      expandable.stream()
          .limit(expandLimit)
          .forEach(r -> byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.key()));
      List<Neighbourhood.Group> second = new ArrayList<>();
      byKind.forEach(
          (kind, keys) -> second.addAll(expand(tx, query, kind, keys, params, names, 2)));
      groups.addAll(merge(second, query.limit()));
    }
    return Optional.of(
        new Neighbourhood(
            seed,
            names.get(seed),
            query.depth(),
            groups,
            query.depth() == 2 ? hubs : List.of(),
            capped));
  }

  /** One group per (type, direction) from the anchors of one kind; items name their anchor. */
  private static List<Neighbourhood.Group> expand(
      TransactionContext tx,
      NeighbourhoodQuery query,
      EntityKind anchorKind,
      List<String> anchors,
      Map<String, Object> params,
      Map<EntityRef, String> names,
      int depth) {
    Map<String, Object> p = new HashMap<>(params);
    p.put("keys", anchors);
    List<Neighbourhood.Group> groups = new ArrayList<>();
    for (LinkType type : LinkType.values()) {
      if (!query.types().contains(type)) {
        continue;
      }
      for (Shape shape : type.shapes()) {
        for (Direction direction : Direction.values()) {
          EntityKind anchored = direction == Direction.OUT ? shape.from() : shape.to();
          if (anchored != anchorKind) {
            continue;
          }
          String cypher = cypher(query.entity().kind(), type, shape, direction);
          EntityKind otherKind = direction == Direction.OUT ? shape.to() : shape.from();
          Map<String, Long> totals = new LinkedHashMap<>();
          List<Neighbour> items = new ArrayList<>();
          tx.run(cypher, p)
              .forEachRemaining(
                  row -> {
                    EntityRef via = new EntityRef(anchorKind, row.get("via").asString());
                    totals.put(via.key(), row.get("total").asLong());
                    String key = row.get("key").asString();
                    String name = row.get("name").isNull() ? null : row.get("name").asString();
                    EntityRef other = new EntityRef(otherKind, key);
                    String otherName = DisplayNames.of(otherKind, key, name);
                    names.putIfAbsent(other, otherName);
                    boolean out = direction == Direction.OUT;
                    Evidence evidence =
                        Relationships.evidence(
                            via,
                            other,
                            type,
                            out ? names.get(via) : otherName,
                            out ? otherName : names.get(via),
                            StoredValues.properties(row.get("props")),
                            (OffsetDateTime) StoredValues.plain(row.get("startAt")),
                            (OffsetDateTime) StoredValues.plain(row.get("endAt")));
                    items.add(
                        new Neighbour(
                            other,
                            otherName,
                            depth == 1 ? Optional.empty() : Optional.of(via),
                            evidence));
                  });
          long total = totals.values().stream().mapToLong(Long::longValue).sum();
          if (total > 0) {
            groups.add(new Neighbourhood.Group(type, direction, depth, total, items));
          }
        }
      }
    }
    return groups;
  }

  /** Folds the depth-2 groups of several kinds of anchor into one per type and direction. */
  private static List<Neighbourhood.Group> merge(List<Neighbourhood.Group> parts, int limit) {
    Map<String, List<Neighbourhood.Group>> byKey = new LinkedHashMap<>();
    parts.forEach(
        g -> byKey.computeIfAbsent(g.type() + " " + g.direction(), k -> new ArrayList<>()).add(g));
    List<Neighbourhood.Group> merged = new ArrayList<>();
    for (List<Neighbourhood.Group> same : byKey.values()) {
      long total = same.stream().mapToLong(Neighbourhood.Group::total).sum();
      List<Neighbour> items =
          same.stream()
              .flatMap(g -> g.items().stream())
              .sorted(MOST_RECENT_FIRST)
              .limit(limit)
              .toList();
      Neighbourhood.Group first = same.getFirst();
      merged.add(new Neighbourhood.Group(first.type(), first.direction(), 2, total, items));
    }
    return merged;
  }

  /** As the store orders each list: undated first, then newest first, then by key. */
  private static final Comparator<Neighbour> MOST_RECENT_FIRST =
      Comparator.<Neighbour, Boolean>comparing(n -> n.evidence().at().isPresent())
          .thenComparing(
              n -> n.evidence().at().map(OffsetDateTime::toInstant).orElse(null),
              Comparator.nullsFirst(Comparator.reverseOrder()))
          .thenComparing(n -> n.ref().key());

  static String cypher(EntityKind seedKind, LinkType type, Shape shape, Direction direction) {
    boolean out = direction == Direction.OUT;
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
    return TEMPLATE.formatted(
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
}
