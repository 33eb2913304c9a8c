package org.riskgraph.analysis.duplicates;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.riskgraph.graph.duplicate.PersonPair;
import org.riskgraph.graph.person.PersonFacts;

/**
 * The finder's answer over the whole population at one moment, kept so that it can be paged and
 * filtered without running the finder again: candidates best first, and the facts of every person
 * they name (for display and for filtering by village).
 *
 * @param compared how many persons the finder compared
 */
public record CandidateList(
    List<DuplicateCandidate> candidates,
    Map<String, PersonFacts> persons,
    int compared,
    double minScore,
    OffsetDateTime computedAt) {

  public CandidateList {
    candidates = List.copyOf(candidates);
    persons = Map.copyOf(persons);
    Objects.requireNonNull(computedAt, "computedAt");
  }

  /** Runs the finder over these persons and keeps the facts of those it names. */
  public static CandidateList of(
      List<PersonFacts> population, DuplicateFinder finder, OffsetDateTime now) {
    List<DuplicateCandidate> found = finder.find(population);
    Map<String, PersonFacts> byId = new HashMap<>();
    population.forEach(p -> byId.put(p.id(), p));
    Map<String, PersonFacts> named = new HashMap<>();
    for (DuplicateCandidate c : found) {
      named.put(c.aId(), byId.get(c.aId()));
      named.put(c.bId(), byId.get(c.bId()));
    }
    return new CandidateList(found, named, population.size(), finder.minScore(), now);
  }

  /**
   * One page of the candidates with at least this score, where either person lives in the village.
   */
  public Page page(double atLeast, Optional<String> village, int offset, int limit) {
    Predicate<DuplicateCandidate> inVillage =
        c ->
            village.isEmpty() || livesIn(c.aId(), village.get()) || livesIn(c.bId(), village.get());
    List<DuplicateCandidate> matching =
        candidates.stream().filter(c -> c.score() >= atLeast).filter(inVillage).toList();
    int from = Math.min(offset, matching.size());
    int to = Math.min(matching.size(), from + limit);
    return new Page(matching.subList(from, to), matching.size());
  }

  /** The candidate for this pair, if the finder proposed it. */
  public Optional<DuplicateCandidate> candidate(PersonPair pair) {
    return candidates.stream().filter(c -> c.pair().equals(pair)).findFirst();
  }

  private boolean livesIn(String personId, String village) {
    return persons.get(personId).villageCode().filter(village::equals).isPresent();
  }

  /** Some of the matching candidates, and how many matched in all. */
  public record Page(List<DuplicateCandidate> candidates, int total) {

    public Page {
      candidates = List.copyOf(candidates);
    }
  }
}
