package org.riskgraph.graph.duplicate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code POSSIBLY_SAME_AS} relationship as stored: the pair, the finder's score and reasons when
 * it proposed the pair, the current decision and the decisions it replaced (oldest first).
 */
public record PairDecision(
    PersonPair pair,
    Optional<Double> score,
    List<String> reasons,
    Optional<DecisionEntry> current,
    List<DecisionEntry> history) {

  public PairDecision {
    Objects.requireNonNull(pair, "pair");
    Objects.requireNonNull(score, "score");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(current, "current");
    history = List.copyOf(history);
  }
}
