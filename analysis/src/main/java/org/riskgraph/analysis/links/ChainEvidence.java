package org.riskgraph.analysis.links;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;
import org.riskgraph.graph.common.EntityKind;
import org.riskgraph.graph.common.EntityRef;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.store.GraphStore;

/**
 * Reads from the store the evidence behind chains found on the projection — names, each
 * relationship's source, time and properties — in one read transaction and one statement ({@link
 * EvidenceQuery}). A chain whose relationship is no longer stored (the projection is older than the
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
    EvidenceQuery query = new EvidenceQuery();
    query.end(found.from());
    query.end(found.to());
    chains.forEach(c -> c.hops().forEach(query::hop));
    List<EvidenceQuery.Group> groups = query.groups();
    Map<EntityRef, String> names = new HashMap<>();
    Map<String, List<Stored>> stored = new HashMap<>();
    tx.run(query.cypher(), query.parameters())
        .forEachRemaining(
            row -> {
              int g = row.get("g").asInt();
              String a = row.get("a").asString();
              if (g < 0) {
                EntityKind kind = EntityKind.values()[-1 - g];
                names.put(new EntityRef(kind, a), DisplayNames.of(kind, a, text(row.get("an"))));
                return;
              }
              EvidenceQuery.Group group = groups.get(g);
              String b = row.get("b").asString();
              Shape shape = group.shape();
              names.put(
                  new EntityRef(shape.from(), a),
                  DisplayNames.of(shape.from(), a, text(row.get("an"))));
              names.put(
                  new EntityRef(shape.to(), b),
                  DisplayNames.of(shape.to(), b, text(row.get("bn"))));
              stored
                  .computeIfAbsent(key(group.type(), a, b), k -> new ArrayList<>())
                  .add(
                      new Stored(
                          StoredValues.properties(row.get("props")),
                          text(row.get("q")),
                          (OffsetDateTime) StoredValues.plain(row.get("startAt")),
                          (OffsetDateTime) StoredValues.plain(row.get("endAt"))));
            });
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

  private static String text(org.neo4j.driver.Value value) {
    return value.isNull() ? null : value.asString();
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
