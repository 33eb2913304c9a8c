package org.riskgraph.analysis.links;

import java.time.Instant;
import java.util.List;
import org.riskgraph.graph.entity.EntityRef;

/**
 * The answer to a {@link ChainQuery}: chains shortest first (ties in a fixed order). When {@code
 * truncated} is false they are exactly the {@code limit} shortest (or all there are); when true the
 * work budget ran out first, so shorter or other chains may exist that are not listed. {@code work}
 * counts the relationships looked at; {@code asOf} is when the projection was read.
 */
public record LinkChains(
    EntityRef from, EntityRef to, List<Chain> chains, boolean truncated, long work, Instant asOf) {

  public LinkChains {
    chains = List.copyOf(chains);
  }

  /** The length of the shortest chain found, or 0 when none was. */
  public int shortest() {
    return chains.isEmpty() ? 0 : chains.getFirst().length();
  }
}
