package org.riskgraph.analysis.duplicates;

import java.util.List;
import org.riskgraph.graph.duplicate.PersonPair;

/**
 * Two person records that may describe one person, with a score in [0, 1] (0.5 is the point where
 * the evidence for and against balances at the calibrated threshold) and the evidence in words.
 * {@code aId} sorts before {@code bId}.
 */
public record DuplicateCandidate(String aId, String bId, double score, List<String> reasons) {

  public DuplicateCandidate {
    if (aId.compareTo(bId) >= 0) {
      throw new IllegalArgumentException("aId must sort before bId: " + aId + ", " + bId);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
    reasons = List.copyOf(reasons);
  }

  public PersonPair pair() {
    return new PersonPair(aId, bId);
  }
}
