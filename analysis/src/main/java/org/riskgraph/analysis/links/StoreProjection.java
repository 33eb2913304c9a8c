package org.riskgraph.analysis.links;

import java.time.Duration;
import java.time.Instant;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.link.LinkEdgeSink;
import org.riskgraph.graph.link.LinkRepository;
import org.riskgraph.graph.link.LinkType;
import org.riskgraph.graph.store.GraphStore;

/**
 * Reads the projection from the store ({@link LinkRepository#readEdges}): one streaming read
 * transaction, one query per relationship type and shape of the chain types (never the sightings),
 * times computed by the server as epoch seconds.
 */
public final class StoreProjection {

  private final LinkRepository links;
  private final Duration timeout;

  public StoreProjection(GraphStore store, Duration timeout) {
    this.links = new LinkRepository(store);
    this.timeout = timeout;
  }

  public LinkGraph read() {
    Instant asOf = Instant.now();
    return links.readEdges(timeout, LinkRepository.today(), Sink::new).builder.build(asOf);
  }

  /** Feeds the edges to a builder of the projection. */
  private static final class Sink implements LinkEdgeSink {

    private final LinkGraphBuilder builder = new LinkGraphBuilder();

    @Override
    public void edge(
        LinkType type,
        EntityKind fromKind,
        String fromKey,
        EntityKind toKind,
        String toKey,
        long start,
        long end,
        String qualifier) {
      builder.add(type, fromKind, fromKey, toKind, toKey, start, end, qualifier);
    }
  }
}
