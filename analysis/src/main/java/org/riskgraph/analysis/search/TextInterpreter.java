package org.riskgraph.analysis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.riskgraph.graph.entity.EntityKind;

/**
 * Reads Chinese text as words of an incident or dispute narrative. Each word smartcn finds may
 * match the summary, the category's words or the village name (the best of them counts), and most
 * words must match, so "盗窃 和平村" finds thefts in 和平村 rather than every theft and everything in 和平村.
 * Scores are BM25, so rare words weigh more than common ones.
 */
final class TextInterpreter implements Interpreter {

  static final float NARRATIVE = 1f;
  static final float BIGRAM_FALLBACK = 0.5f;

  private static final int MAX_WORDS = 12;
  private static final Set<EntityKind> KINDS = Set.of(EntityKind.INCIDENT, EntityKind.DISPUTE);

  private final SearchAnalyzers analyzers;

  TextInterpreter(SearchAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  @Override
  public List<Clause> clauses(QueryText query) {
    if (!query.hasHan()) {
      return List.of();
    }
    List<String> words = analyzers.chineseWords(query.text());
    if (words.isEmpty()) {
      return List.of();
    }
    words = words.subList(0, Math.min(words.size(), MAX_WORDS));
    BooleanQuery.Builder narrative = new BooleanQuery.Builder();
    List<Probe> probes = new ArrayList<>();
    for (String word : words) {
      Query summary = new TermQuery(new Term(IndexFields.SUMMARY, word));
      Query category = new TermQuery(new Term(IndexFields.CATEGORY_TEXT, word));
      Query village = new TermQuery(new Term(IndexFields.VILLAGE_TEXT, word));
      List<Query> either = new ArrayList<>(List.of(summary, category, village));
      probes.add(new Probe(summary, "summary", hit -> word));
      probes.add(new Probe(category, "category", hit -> word));
      probes.add(new Probe(village, "village", hit -> word));
      bigrams(word)
          .ifPresent(
              part -> {
                either.add(new BoostQuery(part, BIGRAM_FALLBACK));
                probes.add(new Probe(part, "summary", hit -> word));
              });
      narrative.add(new DisjunctionMaxQuery(either, 0.1f), Occur.SHOULD);
    }
    int n = words.size();
    narrative.setMinimumNumberShouldMatch(n <= 2 ? n : (int) Math.ceil(0.7 * n));
    narrative.add(
        new TermInSetQuery(
            IndexFields.KIND, KINDS.stream().map(k -> new BytesRef(k.name())).toList()),
        Occur.FILTER);
    return List.of(
        Clause.scored(
            KINDS, new BoostQuery(narrative.build(), NARRATIVE), NARRATIVE, List.copyOf(probes)));
  }

  /** All CJK bigrams of a word of two or more characters: finds 电动 inside 电动车. */
  private Optional<Query> bigrams(String word) {
    if (word.codePointCount(0, word.length()) < 2 || !ChinesePinyin.isAllHan(word)) {
      return Optional.empty();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    analyzers
        .bigrams(word)
        .forEach(b -> all.add(new TermQuery(new Term(IndexFields.SUMMARY_BIGRAM, b)), Occur.MUST));
    return Optional.of(all.build());
  }
}
