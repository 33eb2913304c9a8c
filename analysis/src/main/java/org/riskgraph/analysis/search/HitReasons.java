package org.riskgraph.analysis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Says why each hit matched. Every probe of every clause is run once over the segments that hold
 * hits and advanced to the hit documents only; a probe that matches a hit contributes its
 * description, worded from the hit's stored values. This costs about one more pass of the query,
 * not one per hit, and the reasons are the clauses that really matched, not a guess.
 */
final class HitReasons {

  private HitReasons() {}

  static List<List<String>> of(
      IndexSearcher searcher,
      List<Clause> clauses,
      UnaryOperator<Query> rewrite,
      ScoreDoc[] hits,
      List<StoredHit> stored)
      throws IOException {
    List<Probe> probes = clauses.stream().flatMap(c -> c.probes().stream()).toList();
    boolean[][] matched = new boolean[hits.length][probes.size()];
    Integer[] byDoc = new Integer[hits.length];
    Arrays.setAll(byDoc, i -> i);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int p = 0; p < probes.size(); p++) {
      Weight weight =
          searcher.createWeight(
              rewrite.apply(probes.get(p).query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
      LeafReaderContext leaf = null;
      DocIdSetIterator approximation = null;
      TwoPhaseIterator twoPhase = null;
      for (Integer hit : byDoc) {
        int doc = hits[hit].doc;
        if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
          leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
          ScorerSupplier supplier = weight.scorerSupplier(leaf);
          Scorer scorer = supplier == null ? null : supplier.get(Long.MAX_VALUE);
          twoPhase = scorer == null ? null : scorer.twoPhaseIterator();
          approximation =
              scorer == null
                  ? null
                  : twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        }
        if (approximation == null) {
          continue;
        }
        int target = doc - leaf.docBase;
        if (approximation.docID() < target) {
          approximation.advance(target);
        }
        matched[hit][p] =
            approximation.docID() == target && (twoPhase == null || twoPhase.matches());
      }
    }
    List<List<String>> out = new ArrayList<>(hits.length);
    for (int hit = 0; hit < hits.length; hit++) {
      out.add(describe(probes, matched[hit], stored.get(hit)));
    }
    return out;
  }

  private static List<String> describe(List<Probe> probes, boolean[] matched, StoredHit hit) {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (int p = 0; p < probes.size(); p++) {
      if (!matched[p]) {
        continue;
      }
      Probe probe = probes.get(p);
      String text = probe.describe().apply(hit);
      if (!text.isBlank()) {
        String key = probe.group().isEmpty() ? text : probe.group();
        groups.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(text);
      }
    }
    List<String> reasons = new ArrayList<>();
    groups.forEach(
        (key, texts) ->
            reasons.add(
                texts.size() == 1 && texts.contains(key)
                    ? key
                    : key + ": " + String.join(" ", texts)));
    return reasons;
  }
}
