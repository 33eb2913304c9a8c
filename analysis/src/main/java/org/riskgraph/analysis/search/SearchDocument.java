package org.riskgraph.analysis.search;

import org.riskgraph.graph.entity.EntityKind;

/**
 * What the search index knows of one entity. The index is fed these by whoever reads the graph; it
 * never reads the graph itself. Documents are keyed by kind and key, so indexing one again replaces
 * it.
 */
public sealed interface SearchDocument
    permits PersonDocument, VehicleDocument, PhoneDocument, IncidentDocument, DisputeDocument {

  EntityKind kind();

  /** The business key: person id, normalised plate, normalised number, incident or dispute id. */
  String key();

  /** A short text to show in a result list. */
  String displayName();
}
