package org.riskgraph.analysis.search;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.riskgraph.graph.entity.EntityKind;

/**
 * One interpretation of the query ("these digits are the end of a phone number"): the kinds it can
 * find, its weight against other interpretations, the probes that explain a match, and how to build
 * the query that scores it. The scoring query is built from already rewritten probe queries where
 * it can, so an expensive rewrite (a fuzzy ID's automaton) happens once per search.
 */
record Clause(
    Set<EntityKind> kinds,
    float boost,
    List<Probe> probes,
    Function<UnaryOperator<Query>, Query> scoring) {

  Clause {
    kinds = Set.copyOf(kinds);
    probes = List.copyOf(probes);
  }

  /** A yes/no interpretation: every match scores the same {@code boost}. */
  static Clause constant(
      EntityKind kind, Query query, float boost, Function<StoredHit, String> describe) {
    return new Clause(
        Set.of(kind),
        boost,
        List.of(Probe.of(query, describe)),
        rewrite -> new BoostQuery(new ConstantScoreQuery(rewrite.apply(query)), boost));
  }

  /** An interpretation with its own scoring query, explained by the given probes. */
  static Clause scored(Set<EntityKind> kinds, Query scoring, float boost, List<Probe> probes) {
    return new Clause(kinds, boost, probes, rewrite -> scoring);
  }

  Query scoring(UnaryOperator<Query> rewrite) {
    return scoring.apply(rewrite);
  }
}
