package org.riskgraph.graph.link;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riskgraph.graph.entity.EntityRef;

/**
 * The stored relationships asked for, and the stored name (if it has one) of every node asked for
 * or at either end of one of them; a node missing from {@code names} is not in the store.
 */
public record LinkEvidence(Map<EntityRef, Optional<String>> names, List<StoredLink> links) {

  public LinkEvidence {
    names = Map.copyOf(names);
    links = List.copyOf(links);
  }
}
