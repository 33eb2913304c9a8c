package org.riskgraph.analysis.duplicates;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Precision and recall of reported candidates against planted duplicates. */
public record Quality(int reported, int found, int planted) {

  public static Quality of(
      List<DuplicateCandidate> candidates, Set<SyntheticPopulation.Pair> truth) {
    Set<SyntheticPopulation.Pair> reported =
        candidates.stream()
            .map(c -> SyntheticPopulation.Pair.of(c.aId(), c.bId()))
            .collect(Collectors.toSet());
    int found = (int) reported.stream().filter(truth::contains).count();
    return new Quality(reported.size(), found, truth.size());
  }

  public double precision() {
    return reported == 0 ? 1 : (double) found / reported;
  }

  public double recall() {
    return planted == 0 ? 1 : (double) found / planted;
  }

  @Override
  public String toString() {
    return "reported %d, planted %d, found %d: precision %.3f, recall %.3f"
        .formatted(reported, planted, found, precision(), recall());
  }
}
