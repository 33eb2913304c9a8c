package org.riskgraph.analysis.links;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkEvidence;
import org.riskgraph.graph.link.LinkRepository;
import org.riskgraph.graph.link.LinkType;
import org.riskgraph.graph.link.StoredLink;
import org.riskgraph.graph.store.GraphStore;

/**
 * Reads from the store the evidence behind chains found on the projection — names, each
 * relationship's source, time and properties — in one read transaction and one statement ({@link
 * LinkRepository#evidence}). A chain whose relationship is no longer stored (the projection is
 * older than the store) is left out and counted.
 */
public final class ChainEvidence {

  private final LinkRepository links;
  private final Duration timeout;

  public ChainEvidence(GraphStore store, Duration timeout) {
    this.links = new LinkRepository(store);
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
    return evidence(found);
  }

  private Evidenced evidence(LinkChains found) {
    List<Chain> chains = found.chains();
    List<LinkRepository.Hop> hops = new ArrayList<>();
    chains.forEach(
        c ->
            c.hops()
                .forEach(
                    h -> hops.add(new LinkRepository.Hop(h.type(), h.storedFrom(), h.storedTo()))));
    LinkEvidence read = links.evidence(timeout, hops, List.of(found.from(), found.to()));
    Map<EntityRef, String> names = DisplayNames.of(read.names());
    Map<String, List<StoredLink>> stored = new HashMap<>();
    for (StoredLink link : read.links()) {
      stored
          .computeIfAbsent(
              key(link.type(), link.from().key(), link.to().key()), k -> new ArrayList<>())
          .add(link);
    }
    List<EvidencedChain> out = new ArrayList<>();
    int dropped = 0;
    for (Chain chain : chains) {
      List<Evidence> evidence = new ArrayList<>();
      for (ChainHop hop : chain.hops()) {
        Optional<StoredLink> match = match(stored, hop);
        if (match.isEmpty()) {
          break;
        }
        evidence.add(evidence(match.get(), hop, names));
      }
      if (evidence.size() < chain.length() || !names.keySet().containsAll(chain.nodes())) {
        dropped++;
        continue;
      }
      Map<EntityRef, String> chainNames = new HashMap<>();
      chain.nodes().forEach(n -> chainNames.put(n, names.get(n)));
      out.add(new EvidencedChain(chain.nodes(), chainNames, evidence));
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

  private static String key(LinkType type, String a, String b) {
    return type.name() + '\u0000' + a + '\u0000' + b;
  }

  private static Optional<StoredLink> match(Map<String, List<StoredLink>> stored, ChainHop hop) {
    List<StoredLink> candidates =
        stored.getOrDefault(
            key(hop.type(), hop.storedFrom().key(), hop.storedTo().key()), List.of());
    return candidates.stream()
        .filter(s -> hop.qualifier().isEmpty() || hop.qualifier().equals(s.qualifier()))
        .findFirst();
  }

  /** A stored relationship's properties and time as the hop's evidence. */
  private static Evidence evidence(StoredLink link, ChainHop hop, Map<EntityRef, String> names) {
    return Relationships.evidence(
        hop.from(),
        hop.to(),
        hop.type(),
        names.get(hop.storedFrom()),
        names.get(hop.storedTo()),
        link.properties(),
        link.start(),
        link.end());
  }
}
