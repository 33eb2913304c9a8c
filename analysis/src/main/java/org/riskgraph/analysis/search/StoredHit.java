package org.riskgraph.analysis.search;

import org.apache.lucene.document.Document;

/** The stored fields of one hit, each read as text, empty when the document has none. */
record StoredHit(Document document) {

  String get(String field) {
    String value = document.get(field);
    return value == null ? "" : value;
  }
}
