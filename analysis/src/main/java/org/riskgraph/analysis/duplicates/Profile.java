package org.riskgraph.analysis.duplicates;

import java.util.Set;
import java.util.stream.Collectors;
import org.riskgraph.graph.person.PersonFacts;
import org.riskgraph.graph.person.ResidentId;

/**
 * One person prepared once for many comparisons: the parsed name and the first 17 digits of the
 * resident ID (the check character is recomputed whenever an ID is written, so it carries no
 * evidence of its own).
 */
record Profile(int index, PersonFacts facts, PersonName name, String idBody) {

  static Profile of(int index, PersonFacts facts, PersonName name) {
    return new Profile(
        index,
        facts,
        name,
        facts.idNumber().map(ResidentId::value).map(v -> v.substring(0, 17)).orElse(""));
  }

  boolean hasId() {
    return !idBody.isEmpty();
  }

  String soundKey() {
    return name.soundKey();
  }

  /** The initial letters the surname may be read with; blocks too big to pair are split by them. */
  Set<String> surnameInitials() {
    if (name.length() == 0 || name.readings().getFirst().isEmpty()) {
      return Set.of("?");
    }
    return name.readings().getFirst().stream()
        .map(reading -> reading.substring(0, 1))
        .collect(Collectors.toSet());
  }
}
