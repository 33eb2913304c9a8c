package org.riskgraph.analysis.search;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.entity.EntityKind;

/**
 * What an analyst typed, the kinds of entity to look for (empty means all searchable kinds) and how
 * many hits to return. The text is NFKC-normalised so full-width digits and letters count as their
 * half-width forms; it must not be longer than {@link #MAX_TEXT} characters, and the limit is
 * capped at {@link #MAX_LIMIT} so that no query can ask for an unbounded answer.
 */
public record SearchQuery(String text, Set<EntityKind> kinds, int limit) {

  public static final int MAX_TEXT = 64;
  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 20;
  public static final Set<EntityKind> SEARCHABLE =
      Set.copyOf(
          EnumSet.of(
              EntityKind.PERSON,
              EntityKind.VEHICLE,
              EntityKind.PHONE,
              EntityKind.INCIDENT,
              EntityKind.DISPUTE));

  public SearchQuery {
    if (text == null || text.isBlank()) {
      throw new InvalidFieldException("q", null, "is required");
    }
    text = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
    if (text.length() > MAX_TEXT) {
      throw new InvalidFieldException(
          "q", text.substring(0, 20) + "…", "is longer than " + MAX_TEXT + " characters");
    }
    if (kinds == null || kinds.isEmpty()) {
      kinds = SEARCHABLE;
    }
    for (EntityKind kind : kinds) {
      if (!SEARCHABLE.contains(kind)) {
        throw new InvalidFieldException("kinds", kind, "is not searchable");
      }
    }
    kinds = Set.copyOf(kinds);
    if (limit < 1) {
      throw new InvalidFieldException("limit", limit, "must be at least 1");
    }
    limit = Math.min(limit, MAX_LIMIT);
  }

  /** All searchable kinds, {@link #DEFAULT_LIMIT} hits. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, Set.of(), DEFAULT_LIMIT);
  }

  public static SearchQuery of(String text, EntityKind... kinds) {
    return new SearchQuery(text, Set.of(kinds), DEFAULT_LIMIT);
  }

  public SearchQuery withLimit(int newLimit) {
    return new SearchQuery(text, kinds, newLimit);
  }
}
