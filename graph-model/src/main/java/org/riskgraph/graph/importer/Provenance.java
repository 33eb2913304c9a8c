package org.riskgraph.graph.importer;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/** Where and when written facts came from: set on every node and relationship. */
record Provenance(String source, OffsetDateTime ingestedAt) {

  Map<String, Object> stamp(Map<String, Object> props) {
    Map<String, Object> stamped = new HashMap<>(props);
    stamped.put("source", source);
    stamped.put("ingestedAt", ingestedAt);
    return stamped;
  }
}
