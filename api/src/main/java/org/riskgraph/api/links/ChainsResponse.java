package org.riskgraph.api.links;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.riskgraph.analysis.links.ChainEvidence;
import org.riskgraph.analysis.links.EvidencedChain;
import org.riskgraph.analysis.links.LinkChains;
import org.riskgraph.api.audit.AuditedResult;

/**
 * Chains between two entities, shortest first, each with its nodes and one sentence per hop. {@code
 * truncated}: the search stopped at its work budget; {@code dropped}: chains found on the
 * projection whose relationship is no longer stored; {@code asOf}: when the projection was read.
 */
record ChainsResponse(
    Named.Entity from,
    Named.Entity to,
    List<ChainJson> chains,
    boolean truncated,
    int dropped,
    long work,
    Instant asOf)
    implements AuditedResult {

  record ChainJson(int length, List<Named.Entity> nodes, List<Named.Hop> hops) {}

  static ChainsResponse of(LinkChains found, ChainEvidence.Evidenced evidence) {
    List<ChainJson> chains = new ArrayList<>();
    for (EvidencedChain chain : evidence.chains()) {
      chains.add(
          new ChainJson(
              chain.length(),
              chain.nodes().stream().map(n -> Named.Entity.of(n, chain.names().get(n))).toList(),
              chain.hops().stream().map(Named.Hop::of).toList()));
    }
    return new ChainsResponse(
        Named.Entity.of(found.from(), evidence.endpoints().get(found.from())),
        Named.Entity.of(found.to(), evidence.endpoints().get(found.to())),
        chains,
        found.truncated(),
        evidence.dropped(),
        found.work(),
        found.asOf());
  }

  @Override
  public List<String> auditSubjects() {
    Set<String> subjects = new LinkedHashSet<>(List.of(from.ref(), to.ref()));
    chains.forEach(c -> c.nodes().forEach(n -> subjects.add(n.ref())));
    return List.copyOf(subjects);
  }

  @Override
  public long auditResultSize() {
    return chains.size();
  }
}
