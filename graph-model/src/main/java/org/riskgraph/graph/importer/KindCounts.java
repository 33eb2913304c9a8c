package org.riskgraph.graph.importer;

/** What an import did with the records of one kind. */
public record KindCounts(long created, long updated, long unchanged, long rejected) {

  public long total() {
    return created + updated + unchanged + rejected;
  }
}
