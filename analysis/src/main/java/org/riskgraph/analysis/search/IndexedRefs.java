package org.riskgraph.analysis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;

/** The entities an index holds, read from its {@code uid} terms. */
final class IndexedRefs {

  private IndexedRefs() {}

  /**
   * The uid terms of entities the predicate rejects. A term may belong only to deleted documents of
   * an older segment; deleting by it again does no harm.
   */
  static List<Term> unseen(IndexReader reader, Predicate<EntityRef> seen) throws IOException {
    List<Term> out = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(IndexFields.UID);
      if (terms == null) {
        continue;
      }
      TermsEnum uids = terms.iterator();
      for (BytesRef uid = uids.next(); uid != null; uid = uids.next()) {
        String text = uid.utf8ToString();
        int colon = text.indexOf(':');
        EntityRef ref =
            new EntityRef(EntityKind.valueOf(text.substring(0, colon)), text.substring(colon + 1));
        if (!seen.test(ref)) {
          out.add(new Term(IndexFields.UID, text));
        }
      }
    }
    return out;
  }
}
