package org.riskgraph.analysis.products;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.riskgraph.analysis.links.ChainEvidence;
import org.riskgraph.analysis.links.ChainQuery;
import org.riskgraph.analysis.links.ChainSearch;
import org.riskgraph.analysis.links.Evidence;
import org.riskgraph.analysis.links.EvidencedChain;
import org.riskgraph.analysis.links.LinkChains;
import org.riskgraph.analysis.links.LinkGraph;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;

/**
 * Chains for a product from the link analysis: the shortest chains on the in-memory projection,
 * with their evidence read from the store. Only ties between people count here (acquaintance,
 * shared vehicles and phones, co-travel): a chain through the incident being briefed, or through
 * any incident, would say nothing new.
 */
public final class ProjectionChainFinder implements ChainFinder {

  static final Set<LinkType> TIES =
      EnumSet.of(LinkType.KNOWS, LinkType.OWNS, LinkType.USES, LinkType.TRAVELS_WITH);
  static final int CHAINS_PER_PAIR = 3;
  static final int MAX_PAIRS = 15;

  private final Supplier<LinkGraph> projection;
  private final ChainSearch search;
  private final ChainEvidence evidence;

  public ProjectionChainFinder(
      Supplier<LinkGraph> projection, ChainSearch search, ChainEvidence evidence) {
    this.projection = projection;
    this.search = search;
    this.evidence = evidence;
  }

  @Override
  public ChainSection between(List<Pair> pairs) {
    if (pairs.isEmpty()) {
      return new ChainSection("TOO_FEW", "fewer than two persons to connect", List.of());
    }
    LinkGraph graph = projection.get();
    List<ChainSection.PairChains> out = new ArrayList<>();
    for (Pair pair : pairs.subList(0, Math.min(pairs.size(), MAX_PAIRS))) {
      ChainQuery query =
          ChainQuery.between(pair.from(), pair.to())
              .withTypes(TIES)
              .withMaxHops(ChainQuery.MAX_HOPS)
              .withLimit(CHAINS_PER_PAIR);
      LinkChains found = search.find(graph, query);
      ChainEvidence.Evidenced read = evidence.read(found);
      out.add(
          new ChainSection.PairChains(
              pair.from().toString(),
              read.endpoints().get(pair.from()),
              pair.to().toString(),
              read.endpoints().get(pair.to()),
              read.chains().stream().map(ProjectionChainFinder::chain).toList(),
              found.truncated()));
    }
    boolean any = out.stream().anyMatch(p -> !p.chains().isEmpty());
    String note =
        "up to %d chains of at most %d hops over %s per pair%s"
            .formatted(
                CHAINS_PER_PAIR,
                ChainQuery.MAX_HOPS,
                TIES,
                pairs.size() > MAX_PAIRS
                    ? "; the first %d of %d pairs".formatted(MAX_PAIRS, pairs.size())
                    : "");
    return new ChainSection(any ? "FOUND" : "NONE", note, out);
  }

  private static ChainSection.LinkChain chain(EvidencedChain chain) {
    return new ChainSection.LinkChain(
        chain.length(),
        chain.nodes().stream().map(EntityRef::toString).toList(),
        chain.nodes().stream().map(n -> chain.names().getOrDefault(n, n.key())).toList(),
        chain.hops().stream().map(h -> h.type().name()).toList(),
        chain.hops().stream().map(Evidence::sentence).toList());
  }
}
