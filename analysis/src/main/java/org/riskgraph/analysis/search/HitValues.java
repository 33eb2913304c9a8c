package org.riskgraph.analysis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** Reads the values a hit is shown and explained with from doc values, in document order. */
final class HitValues {

  static final List<String> FIELDS =
      List.of(
          IndexFields.KIND,
          IndexFields.KEY,
          IndexFields.DISPLAY,
          IndexFields.NAME,
          IndexFields.ID_NUMBER,
          IndexFields.PLATE,
          IndexFields.PHONE,
          IndexFields.VILLAGE_NAME);

  private HitValues() {}

  static List<StoredHit> load(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    List<Map<String, String>> values = new ArrayList<>(hits.length);
    for (int i = 0; i < hits.length; i++) {
      values.add(new HashMap<>());
    }
    Integer[] byDoc = new Integer[hits.length];
    Arrays.setAll(byDoc, i -> i);
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (String field : FIELDS) {
      LeafReaderContext leaf = null;
      SortedDocValues column = null;
      for (Integer hit : byDoc) {
        int doc = hits[hit].doc;
        if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
          leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
          column = leaf.reader().getSortedDocValues(field);
        }
        if (column != null && column.advanceExact(doc - leaf.docBase)) {
          values.get(hit).put(field, column.lookupOrd(column.ordValue()).utf8ToString());
        }
      }
    }
    return values.stream().map(StoredHit::new).toList();
  }
}
