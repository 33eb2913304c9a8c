package org.riskgraph.graph.importer;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/** Where and when written facts came from: set on every node and relationship. */
record Provenance(String source, OffsetDateTime ingestedAt) {

  /** The query parameters {@code $rows}, {@code $source} and {@code $ingestedAt}. */
  Map<String, Object> parameters(Object rows) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("rows", rows);
    parameters.put("source", source);
    parameters.put("ingestedAt", ingestedAt);
    return parameters;
  }
}
