package org.riskgraph.analysis.search;

import java.util.function.Function;
import org.apache.lucene.search.Query;

/**
 * A test of whether a hit matched one part of the query, and how to say so. Reasons are built by
 * running each probe over the hits only, then describing the match from the hit's stored values (so
 * "one wrong digit" can name the digit). A blank description adds nothing, which lets a probe stay
 * silent where a stronger reason already covers the hit. Probes with a group are joined into one
 * reason ("summary: 盗窃 电动车").
 */
record Probe(Query query, String group, Function<StoredHit, String> describe) {

  static Probe of(Query query, Function<StoredHit, String> describe) {
    return new Probe(query, "", describe);
  }
}
