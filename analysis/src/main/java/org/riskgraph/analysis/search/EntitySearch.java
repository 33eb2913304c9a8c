package org.riskgraph.analysis.search;

/**
 * Finds persons, vehicles, phones, incidents and disputes from what an analyst types: a Chinese
 * name, pinyin or its initials, part of a resident ID, a plate as a camera misread it, the tail of
 * a phone number, or words of an incident narrative.
 */
public interface EntitySearch {

  /** The best matches for the query, each with the reasons it matched; never null, maybe empty. */
  SearchResult search(SearchQuery query);
}
