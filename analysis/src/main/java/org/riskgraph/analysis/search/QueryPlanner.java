package org.riskgraph.analysis.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.riskgraph.graph.entity.EntityKind;

/**
 * Turns what the analyst typed into every interpretation of it, keeps those for the kinds asked
 * for, and combines them: a hit's score is the sum of the interpretations it matches, so an entity
 * that matches the text in several ways (exact name and pinyin; plate and key) ranks first.
 */
final class QueryPlanner {

  static final float KEY = 12f;

  private final List<Interpreter> interpreters;

  QueryPlanner(ChinesePinyin pinyin, SearchAnalyzers analyzers) {
    this.interpreters =
        List.of(
            QueryPlanner::key,
            new NameInterpreter(pinyin),
            new PersonDetailsInterpreter(analyzers),
            new NumberInterpreter(),
            new PlateInterpreter(),
            new TextInterpreter(analyzers));
  }

  /** The interpretations for the kinds asked for, strongest first. */
  List<Clause> clauses(SearchQuery query) {
    QueryText text = QueryText.of(query.text());
    List<Clause> out = new ArrayList<>();
    for (Interpreter interpreter : interpreters) {
      for (Clause clause : interpreter.clauses(text)) {
        if (clause.kinds().stream().anyMatch(query.kinds()::contains)) {
          out.add(clause);
        }
      }
    }
    out.sort(Comparator.comparing(Clause::boost).reversed());
    return out;
  }

  /** Any of the clauses, within the kinds asked for, their parts rewritten by {@code rewrite}. */
  static Query combine(List<Clause> clauses, Set<EntityKind> kinds, UnaryOperator<Query> rewrite) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    clauses.forEach(clause -> any.add(clause.scoring(rewrite), Occur.SHOULD));
    if (!kinds.containsAll(SearchQuery.SEARCHABLE)) {
      any.add(
          new TermInSetQuery(
              IndexFields.KIND, kinds.stream().map(k -> new BytesRef(k.name())).toList()),
          Occur.FILTER);
    }
    any.setMinimumNumberShouldMatch(1);
    return any.build();
  }

  /** The business key itself, any kind, case-insensitive: P000123, I2026000017. */
  private static List<Clause> key(QueryText text) {
    String key = text.compact().toLowerCase(Locale.ROOT);
    if (key.isEmpty() || text.multiToken()) {
      return List.of();
    }
    Query query = new TermQuery(new Term(IndexFields.KEY_LOWER, key));
    return List.of(
        Clause.scored(
            SearchQuery.SEARCHABLE,
            new BoostQuery(new ConstantScoreQuery(query), KEY),
            KEY,
            List.of(Probe.of(query, hit -> "key " + hit.get(IndexFields.KEY)))));
  }
}
