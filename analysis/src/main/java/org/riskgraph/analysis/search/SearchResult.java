package org.riskgraph.analysis.search;

import java.util.List;

/**
 * The hits of one search, best first. {@code totalMatched} counts every entity that matched any
 * interpretation of the query; {@code truncated} says there are more than the hits returned.
 */
public record SearchResult(List<SearchHit> hits, long totalMatched, boolean truncated) {

  public SearchResult {
    hits = List.copyOf(hits);
  }

  public static SearchResult empty() {
    return new SearchResult(List.of(), 0, false);
  }
}
