package org.riskgraph.analysis.groups;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.riskgraph.graph.common.InvalidFieldException;

/** What ties two persons into one group. */
public enum GroupTie {
  /** A {@code KNOWS} relationship. */
  KNOWS,
  /** Suspects in the same incident. */
  CO_SUSPECT,
  /** Involved in the same incident, in any role. */
  CO_INVOLVED,
  /** Parties to the same dispute. */
  CO_PARTY,
  /** Users of the same phone. */
  SHARED_PHONE,
  /** Owners of two vehicles that co-travel. */
  CO_TRAVEL;

  /** Parses {@code CO_SUSPECT,KNOWS} or {@code CO_SUSPECT|KNOWS}; blank means co-offending. */
  public static Set<GroupTie> parse(String field, String text) {
    if (text == null || text.isBlank()) {
      return EnumSet.of(CO_SUSPECT);
    }
    EnumSet<GroupTie> ties = EnumSet.noneOf(GroupTie.class);
    for (String part : text.split("[,|]")) {
      String name = part.strip().toUpperCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      ties.add(
          Arrays.stream(values())
              .filter(t -> t.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidFieldException(
                          field, part, "is not one of " + Arrays.toString(values()))));
    }
    if (ties.isEmpty()) {
      throw new InvalidFieldException(field, text, "names no tie");
    }
    return ties;
  }
}
