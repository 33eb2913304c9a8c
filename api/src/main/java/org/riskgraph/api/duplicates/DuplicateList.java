package org.riskgraph.api.duplicates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.riskgraph.analysis.duplicates.CandidateList;
import org.riskgraph.analysis.duplicates.DuplicateCandidate;
import org.riskgraph.api.audit.AuditedResult;
import org.riskgraph.graph.duplicate.PairDecision;
import org.riskgraph.graph.duplicate.PersonPair;
import org.riskgraph.graph.person.Gender;
import org.riskgraph.graph.person.PersonFacts;
import org.riskgraph.graph.person.ResidentId;

/**
 * One page of duplicate candidates, best first, each with both persons, the score, the reasons and
 * the pair's current decision (null when undecided).
 *
 * @param total candidates matching the filters
 * @param computedAt when the finder ran (the list is kept until the next import)
 * @param personsCompared how many persons the finder compared
 */
record DuplicateList(
    List<Candidate> candidates,
    int total,
    int offset,
    int limit,
    double minScore,
    OffsetDateTime computedAt,
    int personsCompared)
    implements AuditedResult {

  static DuplicateList of(
      CandidateList list,
      CandidateList.Page page,
      Map<PersonPair, PairDecision> decided,
      double minScore,
      int offset,
      int limit) {
    List<Candidate> out = new ArrayList<>();
    for (DuplicateCandidate c : page.candidates()) {
      PairDecision decision = decided.get(c.pair());
      out.add(
          new Candidate(
              Person.of(list.persons().get(c.aId())),
              Person.of(list.persons().get(c.bId())),
              c.score(),
              c.reasons(),
              decision == null ? null : DecisionResponse.Entry.current(decision)));
    }
    return new DuplicateList(
        out, page.total(), offset, limit, minScore, list.computedAt(), list.compared());
  }

  @Override
  public List<String> auditSubjects() {
    return candidates.stream().flatMap(c -> List.of(c.a().ref(), c.b().ref()).stream()).toList();
  }

  @Override
  public long auditResultSize() {
    return candidates.size();
  }

  /**
   * @param decision the current decision, or null
   */
  record Candidate(
      Person a, Person b, double score, List<String> reasons, DecisionResponse.Entry decision) {}

  /** What an analyst compares: the registry fields, phones and plates. */
  record Person(
      String ref,
      String id,
      String name,
      String idNumber,
      Gender gender,
      LocalDate birthDate,
      String villageCode,
      List<String> phones,
      List<String> plates) {

    static Person of(PersonFacts p) {
      return new Person(
          "person:" + p.id(),
          p.id(),
          p.name(),
          p.idNumber().map(ResidentId::value).orElse(null),
          p.gender().orElse(null),
          p.birthDate().orElse(null),
          p.villageCode().orElse(null),
          p.phones().stream().sorted().toList(),
          p.plates().stream().sorted().toList());
    }
  }
}
