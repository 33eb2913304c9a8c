package org.riskgraph.api.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.riskgraph.analysis.search.EntitySearch;
import org.riskgraph.analysis.search.SearchHit;
import org.riskgraph.analysis.search.SearchQuery;
import org.riskgraph.analysis.search.SearchResult;
import org.riskgraph.api.audit.AuditedResult;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.entity.EntityKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search?q=张伟&kinds=person,vehicle&limit=20}: persons, vehicles, phones,
 * incidents and disputes from what an analyst types, each hit with the reasons it matched.
 */
@RestController
class SearchController {

  private static final String KINDS = "person, vehicle, phone, incident, dispute";

  private final EntitySearch search;
  private final SearchIndexer indexer;

  SearchController(EntitySearch search, SearchIndexer indexer) {
    this.search = search;
    this.indexer = indexer;
  }

  @GetMapping("/api/v1/search")
  @Access(
      value = {Role.ANALYST, Role.COMMAND},
      personLevel = true,
      audit = AuditAction.SEARCH)
  SearchResponse search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String kinds,
      @RequestParam(required = false) String limit) {
    SearchQuery query = new SearchQuery(q, kinds(kinds), limit(limit));
    SearchResult result = search.search(query);
    return new SearchResponse(
        query.text(),
        query.kinds().stream().map(EntityKind::urlName).sorted().toList(),
        result.hits().stream().map(SearchResponse.Hit::of).toList(),
        result.totalMatched(),
        result.truncated(),
        indexer.rebuilding());
  }

  static Set<EntityKind> kinds(String text) {
    Set<EntityKind> out = EnumSet.noneOf(EntityKind.class);
    if (text == null) {
      return out;
    }
    for (String name : text.split(",")) {
      if (name.isBlank()) {
        continue;
      }
      EntityKind kind;
      try {
        kind = EntityKind.fromName(name);
      } catch (InvalidFieldException e) {
        throw new InvalidFieldException("kinds", name.strip(), "must be among " + KINDS);
      }
      if (!SearchQuery.SEARCHABLE.contains(kind)) {
        throw new InvalidFieldException("kinds", name.strip(), "must be among " + KINDS);
      }
      out.add(kind);
    }
    return out;
  }

  static int limit(String text) {
    if (text == null || text.isBlank()) {
      return SearchQuery.DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= SearchQuery.MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidFieldException(
        "limit", text, "must be a whole number from 1 to " + SearchQuery.MAX_LIMIT);
  }

  /**
   * @param rebuilding the index is being rebuilt from the graph: hits may be missing
   */
  record SearchResponse(
      String q,
      List<String> kinds,
      List<Hit> hits,
      long totalMatched,
      boolean truncated,
      boolean rebuilding)
      implements AuditedResult {

    @Override
    public List<String> auditSubjects() {
      return hits.stream().map(Hit::ref).toList();
    }

    record Hit(
        String kind,
        String key,
        String ref,
        String displayName,
        float score,
        List<String> reasons) {

      static Hit of(SearchHit hit) {
        return new Hit(
            hit.kind().urlName(),
            hit.key(),
            hit.ref().toString(),
            hit.displayName(),
            hit.score(),
            hit.reasons());
      }
    }
  }
}
