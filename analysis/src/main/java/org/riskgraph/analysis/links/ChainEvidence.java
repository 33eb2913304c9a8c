package org.riskgraph.analysis.links;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.riskgraph.graph.common.EntityRef;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.store.GraphStore;

/**
 * Reads from the store the evidence behind chains found on the projection — names, each
 * relationship's source, time and properties — in one read transaction, one query per relationship
 * type and shape. A chain whose relationship is no longer stored (the projection is older than the
 * store) is left out and counted.
 */
public final class ChainEvidence {

  private final GraphStore store;
  private final Duration timeout;

  public ChainEvidence(GraphStore store, Duration timeout) {
    this.store = store;
    this.timeout = timeout;
  }

  /**
   * Chains still backed by the store, how many were dropped because they no longer are, the names
   * of both ends, and which end is not in the store at all.
   */
  public record Evidenced(
      List<EvidencedChain> chains,
      int dropped,
      Map<EntityRef, String> endpoints,
      List<EntityRef> missing) {
    public Evidenced {
      chains = List.copyOf(chains);
      endpoints = Map.copyOf(endpoints);
      missing = List.copyOf(missing);
    }
  }

  public Evidenced read(LinkChains found) {
    return store.read(timeout, tx -> evidence(tx, found));
  }

  private static Evidenced evidence(TransactionContext tx, LinkChains found) {
    List<Chain> chains = found.chains();
    Set<EntityRef> refs = new HashSet<>(List.of(found.from(), found.to()));
    Map<Group, List<Map<String, Object>>> wanted = new LinkedHashMap<>();
    for (Chain chain : chains) {
      refs.addAll(chain.nodes());
      for (ChainHop hop : chain.hops()) {
        Shape shape = shape(hop);
        List<Map<String, Object>> pairs =
            wanted.computeIfAbsent(new Group(hop.type(), shape), g -> new ArrayList<>());
        Map<String, Object> pair = Map.of("a", hop.storedFrom().key(), "b", hop.storedTo().key());
        if (!pairs.contains(pair)) {
          pairs.add(pair);
        }
      }
    }
    Map<EntityRef, String> names = DisplayNames.read(tx, refs);
    Map<String, List<Stored>> stored = new HashMap<>();
    wanted.forEach((group, pairs) -> readGroup(tx, group, pairs, stored));
    List<EvidencedChain> out = new ArrayList<>();
    int dropped = 0;
    for (Chain chain : chains) {
      List<Evidence> hops = new ArrayList<>();
      for (ChainHop hop : chain.hops()) {
        Optional<Stored> match = match(stored, hop);
        if (match.isEmpty()) {
          break;
        }
        hops.add(match.get().evidence(hop, names));
      }
      if (hops.size() < chain.length() || !names.keySet().containsAll(chain.nodes())) {
        dropped++;
        continue;
      }
      Map<EntityRef, String> chainNames = new HashMap<>();
      chain.nodes().forEach(n -> chainNames.put(n, names.get(n)));
      out.add(new EvidencedChain(chain.nodes(), chainNames, hops));
    }
    Map<EntityRef, String> endpoints = new HashMap<>();
    List<EntityRef> missing = new ArrayList<>();
    for (EntityRef end : List.of(found.from(), found.to())) {
      if (names.containsKey(end)) {
        endpoints.put(end, names.get(end));
      } else {
        missing.add(end);
      }
    }
    return new Evidenced(out, dropped, endpoints, missing);
  }

  private record Group(LinkType type, Shape shape) {}

  private static Shape shape(ChainHop hop) {
    return hop.type().shapes().stream()
        .filter(s -> s.from() == hop.storedFrom().kind() && s.to() == hop.storedTo().kind())
        .findFirst()
        .orElseThrow();
  }

  private static void readGroup(
      TransactionContext tx,
      Group group,
      List<Map<String, Object>> pairs,
      Map<String, List<Stored>> stored) {
    Shape shape = group.shape();
    String cypher =
        "UNWIND $pairs AS p MATCH (a:"
            + shape.from().label()
            + " {"
            + shape.from().keyProperty()
            + ": p.a})-[r:"
            + group.type().name()
            + "]->(b:"
            + shape.to().label()
            + " {"
            + shape.to().keyProperty()
            + ": p.b}) WHERE "
            + shape.conditionOrTrue()
            + " RETURN p.a AS a, p.b AS b, properties(r) AS props, "
            + shape.qualifierExpression()
            + " AS q, "
            + shape.start()
            + " AS startAt, "
            + shape.end()
            + " AS endAt";
    Map<String, Object> params =
        Map.of("pairs", pairs, "day", java.time.LocalDate.now(Fields.CHINA));
    tx.run(cypher, params)
        .forEachRemaining(
            row -> {
              Stored s =
                  new Stored(
                      StoredValues.properties(row.get("props")),
                      row.get("q").isNull() ? null : row.get("q").asString(),
                      (OffsetDateTime) StoredValues.plain(row.get("startAt")),
                      (OffsetDateTime) StoredValues.plain(row.get("endAt")));
              stored
                  .computeIfAbsent(
                      key(group.type(), row.get("a").asString(), row.get("b").asString()),
                      k -> new ArrayList<>())
                  .add(s);
            });
  }

  private static String key(LinkType type, String a, String b) {
    return type.name() + '\u0000' + a + '\u0000' + b;
  }

  private static Optional<Stored> match(Map<String, List<Stored>> stored, ChainHop hop) {
    List<Stored> candidates =
        stored.getOrDefault(
            key(hop.type(), hop.storedFrom().key(), hop.storedTo().key()), List.of());
    return candidates.stream()
        .filter(s -> hop.qualifier().isEmpty() || hop.qualifier().get().equals(s.qualifier()))
        .findFirst();
  }

  /** One stored relationship's properties and time. */
  private record Stored(
      Map<String, Object> properties, String qualifier, OffsetDateTime start, OffsetDateTime end) {

    Evidence evidence(ChainHop hop, Map<EntityRef, String> names) {
      return Relationships.evidence(
          hop.from(),
          hop.to(),
          hop.type(),
          names.get(hop.storedFrom()),
          names.get(hop.storedTo()),
          properties,
          start,
          end);
    }
  }
}
