package org.riskgraph.analysis.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.riskgraph.analysis.search.ChinesePinyin;
import org.riskgraph.graph.person.PersonFacts;

/**
 * Finds pairs of person records that probably describe one person: a name heard or read slightly
 * differently, the same birth date, a resident ID with two digits swapped, a shared phone. Pairs
 * come from blocks ({@link CandidatePairs}), so 210,000 persons take seconds, and each is weighed
 * by {@link PairScorer}. The answer is sorted best first.
 */
public final class DuplicateFinder {

  private final DuplicateConfig config;
  private final ChinesePinyin pinyin = new ChinesePinyin();
  private final NameSimilarity names = new NameSimilarity(SimilarCharacters.load());

  public DuplicateFinder(DuplicateConfig config) {
    this.config = config;
  }

  public DuplicateFinder() {
    this(DuplicateConfig.defaults());
  }

  /** The score a pair needs to be reported. */
  public double minScore() {
    return config.minScore();
  }

  public List<DuplicateCandidate> find(List<PersonFacts> persons) {
    List<Profile> profiles = new ArrayList<>(persons.size());
    Set<String> ids = new HashSet<>();
    // names repeat (张伟 hundreds of times): parse each once
    Map<String, PersonName> parsed = new HashMap<>();
    for (PersonFacts facts : persons) {
      if (!ids.add(facts.id())) {
        throw new IllegalArgumentException("person " + facts.id() + " is listed twice");
      }
      PersonName name = parsed.computeIfAbsent(facts.name(), n -> PersonName.of(n, pinyin));
      profiles.add(Profile.of(profiles.size(), facts, name));
    }
    PairScorer scorer = new PairScorer(names, soundCounts(profiles), config.minScore());
    List<DuplicateCandidate> out = new ArrayList<>();
    for (long pair : new CandidatePairs(config).of(profiles)) {
      Profile a = profiles.get((int) (pair >>> 32));
      Profile b = profiles.get((int) pair);
      Optional<PairScorer.Scored> maybe = scorer.score(a, b);
      if (maybe.isPresent() && maybe.get().score() >= config.minScore()) {
        PairScorer.Scored scored = maybe.get();
        boolean ordered = a.facts().id().compareTo(b.facts().id()) < 0;
        out.add(
            new DuplicateCandidate(
                ordered ? a.facts().id() : b.facts().id(),
                ordered ? b.facts().id() : a.facts().id(),
                scored.score(),
                scored.reasons()));
      }
    }
    out.sort(
        Comparator.comparingDouble(DuplicateCandidate::score)
            .reversed()
            .thenComparing(DuplicateCandidate::aId)
            .thenComparing(DuplicateCandidate::bId));
    return List.copyOf(out);
  }

  private static Map<String, Integer> soundCounts(List<Profile> profiles) {
    Map<String, Integer> counts = new HashMap<>();
    profiles.forEach(p -> counts.merge(p.soundKey(), 1, Integer::sum));
    return counts;
  }
}
