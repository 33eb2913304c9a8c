package org.riskgraph.analysis.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Finds values one slip away from a typed text (one wrong, swapped, missing or extra character)
 * through deletion neighbours: the index keeps every value with each one character deleted, and two
 * strings one slip apart share such a neighbour. A lookup of about twenty terms replaces a fuzzy
 * query, whose Levenshtein automaton alone costs some 0.3 ms to build per query. The neighbours can
 * also pair a few strings two shifts apart; the reason for such a hit says nothing.
 */
final class OneSlip {

  private OneSlip() {}

  /** The text with each one of its characters deleted, without repeats. */
  static Set<String> deletions(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < text.length(); i++) {
      out.add(text.substring(0, i) + text.substring(i + 1));
    }
    return out;
  }

  /**
   * Values of {@code valueField} within one slip of {@code text}, given that {@code deletionField}
   * holds each value's deletions.
   */
  static Query near(String valueField, String deletionField, String text) {
    List<BytesRef> deleted = deletions(text).stream().map(BytesRef::new).toList();
    return new BooleanQuery.Builder()
        // a wrong or swapped character: both lose it, or one of the swapped pair, to the same
        // string
        .add(new TermInSetQuery(deletionField, deleted), Occur.SHOULD)
        // the text lacks a character the value has
        .add(new TermQuery(new Term(deletionField, text)), Occur.SHOULD)
        // the text has a character too many
        .add(new TermInSetQuery(valueField, deleted), Occur.SHOULD)
        .build();
  }
}
