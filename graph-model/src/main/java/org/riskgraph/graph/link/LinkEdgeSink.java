package org.riskgraph.graph.link;

import org.riskgraph.graph.entity.EntityKind;

/**
 * Receives the relationships of the chain types one at a time, as the projection is read. Times are
 * epoch seconds; an open start is {@link Long#MIN_VALUE}, an open end {@link Long#MAX_VALUE}.
 */
@FunctionalInterface
public interface LinkEdgeSink {

  void edge(
      LinkType type,
      EntityKind fromKind,
      String fromKey,
      EntityKind toKind,
      String toKey,
      long start,
      long end,
      String qualifier);
}
