package org.riskgraph.analysis.duplicates;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.riskgraph.graph.duplicate.DecisionEntry;
import org.riskgraph.graph.duplicate.DuplicateDecisionRepository;
import org.riskgraph.graph.duplicate.PairDecision;
import org.riskgraph.graph.duplicate.PersonPair;
import org.riskgraph.graph.person.PersonRepository;
import org.riskgraph.graph.store.GraphStore;

/**
 * Analysts' decisions on duplicate candidates ({@link DuplicateDecisionRepository}), with the
 * finder's evidence stored alongside a decision on a pair it proposed.
 */
public final class DuplicateDecisions {

  private final DuplicateDecisionRepository decisions;
  private final PersonRepository persons;

  public DuplicateDecisions(GraphStore store) {
    this.decisions = new DuplicateDecisionRepository(store);
    this.persons = new PersonRepository(store);
  }

  /**
   * Records a decision on a pair, replacing the current one (which joins the history).
   *
   * @param evidence the finder's candidate for this pair, if it proposed it: its score and reasons
   *     are stored with the decision; without it, what was stored before stays
   * @return the pair as now stored; empty when either person does not exist
   */
  public Optional<PairDecision> record(
      PersonPair pair, DecisionEntry decision, Optional<DuplicateCandidate> evidence) {
    return decisions.record(
        pair,
        decision,
        evidence.map(c -> new DuplicateDecisionRepository.Evidence(c.score(), c.reasons())));
  }

  /** The stored decisions among these pairs; pairs never decided are absent. */
  public Map<PersonPair, PairDecision> find(Collection<PersonPair> pairs) {
    return decisions.find(pairs);
  }

  /** The ids among these that name no person. */
  public List<String> unknownPersons(Collection<String> ids) {
    return persons.unknown(ids);
  }
}
