package org.riskgraph.graph.entity;

import java.util.Map;

/**
 * One node as the API shows it: its properties and how many relationships of each type it has.
 *
 * @param relationships counts by type and direction, e.g. {@code OWNS>} = 2, {@code <USES} = 1
 */
public record EntityDetails(
    EntityRef ref,
    String displayName,
    Map<String, Object> properties,
    Map<String, Long> relationships) {

  public EntityDetails {
    properties = Map.copyOf(properties);
    relationships = Map.copyOf(relationships);
  }
}
