package org.riskgraph.analysis.search;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.riskgraph.graph.common.EntityKind;

/**
 * One interpretation of the query ("these digits are the end of a phone number"): the Lucene query
 * that scores it, the kinds it can find, its weight against other interpretations, and the probes
 * that explain a match.
 */
record Clause(Set<EntityKind> kinds, Query scoring, float boost, List<Probe> probes) {

  Clause {
    kinds = Set.copyOf(kinds);
    probes = List.copyOf(probes);
  }

  /** A yes/no interpretation: every match scores the same {@code boost}. */
  static Clause constant(
      EntityKind kind, Query query, float boost, Function<StoredHit, String> describe) {
    return new Clause(
        Set.of(kind),
        new BoostQuery(new ConstantScoreQuery(query), boost),
        boost,
        List.of(Probe.of(query, describe)));
  }
}
