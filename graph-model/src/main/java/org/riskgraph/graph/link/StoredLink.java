package org.riskgraph.graph.link;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.riskgraph.graph.entity.EntityRef;

/**
 * One relationship as stored, from {@code from} to {@code to}: its properties, its qualifier (a
 * role, a kind of acquaintance), and its moment or span (start null when undated, end null when
 * open).
 */
public record StoredLink(
    LinkType type,
    EntityRef from,
    EntityRef to,
    Map<String, Object> properties,
    Optional<String> qualifier,
    OffsetDateTime start,
    OffsetDateTime end) {

  public StoredLink {
    properties = Collections.unmodifiableMap(new TreeMap<>(properties));
  }
}
