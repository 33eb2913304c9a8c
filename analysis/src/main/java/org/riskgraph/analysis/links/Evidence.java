package org.riskgraph.analysis.links;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;

/**
 * A stored relationship as a reader sees it: walked from {@code from} to {@code to}, its time (a
 * moment, or a span up to {@code until}), where it came from, whether RiskGraph derived it, a
 * sentence, and its other properties (role, kind, count…).
 */
public record Evidence(
    EntityRef from,
    EntityRef to,
    LinkType type,
    Optional<OffsetDateTime> at,
    Optional<OffsetDateTime> until,
    String source,
    boolean derived,
    String sentence,
    Map<String, Object> details) {

  public Evidence {
    details = Map.copyOf(details);
  }
}
