package org.riskgraph.analysis.links;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;

/** Turns a stored relationship's properties and time into {@link Evidence}. */
final class Relationships {

  private static final Set<String> NOT_DETAILS = Set.of("source", "ingestedAt", "derived");

  private Relationships() {}

  /**
   * @param storedFromName name of the node the relationship starts at, for the sentence
   * @param storedToName name of the node it ends at
   * @param start its moment or the start of its span, null when undated
   * @param end the end of its span, null when open or undated
   */
  static Evidence evidence(
      EntityRef from,
      EntityRef to,
      LinkType type,
      String storedFromName,
      String storedToName,
      Map<String, Object> properties,
      OffsetDateTime start,
      OffsetDateTime end) {
    Map<String, Object> details = new TreeMap<>(properties);
    details.keySet().removeAll(NOT_DETAILS);
    Object source = properties.get("source");
    return new Evidence(
        from,
        to,
        type,
        Optional.ofNullable(start),
        Optional.ofNullable(end).filter(e -> !e.equals(start)),
        source == null ? "" : source.toString(),
        Boolean.TRUE.equals(properties.get("derived")),
        Sentences.of(type, storedFromName, storedToName, properties),
        details);
  }
}
