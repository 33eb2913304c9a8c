package org.riskgraph.analysis.search;

import java.util.Map;

/** The values kept for one hit (see {@link HitValues}), each empty when the entity has none. */
record StoredHit(Map<String, String> values) {

  StoredHit {
    values = Map.copyOf(values);
  }

  String get(String field) {
    return values.getOrDefault(field, "");
  }
}
