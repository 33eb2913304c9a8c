package org.riskgraph.graph.link;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A relationship around an anchor, as a neighbourhood lists it: the anchor's key ({@code via}), how
 * many such relationships the anchor has in the window ({@code total}), the other end's key and
 * name, the relationship's properties and its moment or span.
 */
public record Neighbour(
    String via,
    long total,
    String key,
    Optional<String> name,
    Map<String, Object> properties,
    OffsetDateTime start,
    OffsetDateTime end) {

  public Neighbour {
    properties = Collections.unmodifiableMap(new TreeMap<>(properties));
  }
}
