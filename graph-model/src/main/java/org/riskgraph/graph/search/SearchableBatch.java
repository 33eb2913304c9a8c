package org.riskgraph.graph.search;

import java.util.List;
import java.util.Optional;

/**
 * One batch of searchable nodes: those that could be read, those that could not, and the last key
 * of the batch (empty for an empty batch), from which the next page starts.
 */
public record SearchableBatch(
    List<Searchable> entities, List<Unreadable> unreadable, Optional<String> lastKey, int size) {

  public SearchableBatch {
    entities = List.copyOf(entities);
    unreadable = List.copyOf(unreadable);
  }
}
