package org.riskgraph.api.duplicates;

import java.time.OffsetDateTime;
import java.util.List;
import org.riskgraph.api.audit.AuditedResult;
import org.riskgraph.graph.duplicate.DecisionEntry;
import org.riskgraph.graph.duplicate.PairDecision;

/**
 * A pair as stored after a decision: the current decision, the finder's score and reasons (null and
 * empty when the finder did not propose the pair), and the decisions replaced, oldest first.
 */
record DecisionResponse(
    String a, String b, Entry decision, Double score, List<String> reasons, List<Entry> history)
    implements AuditedResult {

  static DecisionResponse of(PairDecision pair) {
    return new DecisionResponse(
        pair.pair().aId(),
        pair.pair().bId(),
        Entry.current(pair),
        pair.score().orElse(null),
        pair.reasons(),
        pair.history().stream().map(Entry::of).toList());
  }

  @Override
  public List<String> auditSubjects() {
    return List.of("person:" + a, "person:" + b);
  }

  /** One decision: {@code same}, {@code different} or {@code unsure}, by whom, when, why. */
  record Entry(String decision, String decidedBy, OffsetDateTime decidedAt, String note) {

    static Entry of(DecisionEntry e) {
      return new Entry(e.decision().label(), e.decidedBy(), e.decidedAt(), e.note());
    }

    static Entry current(PairDecision pair) {
      return pair.current().map(Entry::of).orElse(null);
    }
  }
}
