package org.riskgraph.graph.duplicate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.store.GraphStore;

/**
 * Analysts' decisions on duplicate candidates, kept on one derived {@code
 * (a)-[:POSSIBLY_SAME_AS]->(b)} relationship per pair (smaller id first). A new decision replaces
 * the current one, which moves to the history, so every decision can be reversed and none is lost.
 * The persons themselves are never changed or merged: a pair decided {@code SAME} is linked, and
 * whoever reads either record can follow the link.
 */
public final class DuplicateDecisionRepository {

  // SET before reading takes the relationship's write lock, so two analysts deciding at once
  // are serialised and neither's previous decision is lost from the history.
  static final String LOCK_AND_READ =
      """
      MATCH (a:Person {id: $a}), (b:Person {id: $b})
      MERGE (a)-[r:POSSIBLY_SAME_AS]->(b)
      SET r.derived = true
      RETURN r.decision AS decision, r.decidedBy AS decidedBy, r.decidedAt AS decidedAt,
             r.note AS note, coalesce(r.history, []) AS history, r.score AS score,
             coalesce(r.reasons, []) AS reasons
      """;

  static final String WRITE =
      """
      MATCH (:Person {id: $a})-[r:POSSIBLY_SAME_AS]->(:Person {id: $b})
      SET r.decision = $decision, r.decidedBy = $decidedBy, r.decidedAt = $decidedAt,
          r.note = $note, r.history = $history, r.score = $score, r.reasons = $reasons,
          r.source = $source, r.ingestedAt = $decidedAt
      """;

  static final String FIND =
      """
      UNWIND $pairs AS pair
      MATCH (:Person {id: pair[0]})-[r:POSSIBLY_SAME_AS]->(:Person {id: pair[1]})
      RETURN pair[0] AS a, pair[1] AS b, r.decision AS decision, r.decidedBy AS decidedBy,
             r.decidedAt AS decidedAt, r.note AS note, coalesce(r.history, []) AS history,
             r.score AS score, coalesce(r.reasons, []) AS reasons
      """;

  private final GraphStore store;

  public DuplicateDecisionRepository(GraphStore store) {
    this.store = store;
  }

  /** The finder's evidence for a pair it proposed: its score and reasons. */
  public record Evidence(double score, List<String> reasons) {

    public Evidence {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * Records a decision on a pair, replacing the current one (which joins the history).
   *
   * @param evidence the finder's score and reasons for this pair, if it proposed it: they are
   *     stored with the decision; without it, what was stored before stays
   * @return the pair as now stored; empty when either person does not exist
   */
  public Optional<PairDecision> record(
      PersonPair pair, DecisionEntry decision, Optional<Evidence> evidence) {
    return store.write(tx -> record(tx, pair, decision, evidence));
  }

  /** The stored decisions among these pairs; pairs never decided are absent. */
  public Map<PersonPair, PairDecision> find(Collection<PersonPair> pairs) {
    if (pairs.isEmpty()) {
      return Map.of();
    }
    List<List<String>> keys = pairs.stream().map(p -> List.of(p.aId(), p.bId())).toList();
    return store.read(
        tx -> {
          Map<PersonPair, PairDecision> out = new HashMap<>();
          for (Record row : tx.run(FIND, Map.of("pairs", keys)).list()) {
            PersonPair pair = new PersonPair(row.get("a").asString(), row.get("b").asString());
            out.put(pair, decided(pair, row));
          }
          return out;
        });
  }

  private static Optional<PairDecision> record(
      TransactionContext tx, PersonPair pair, DecisionEntry decision, Optional<Evidence> evidence) {
    Map<String, Object> ids = Map.of("a", pair.aId(), "b", pair.bId());
    List<Record> rows = tx.run(LOCK_AND_READ, ids).list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    PairDecision before = decided(pair, rows.getFirst());
    List<DecisionEntry> history = new ArrayList<>(before.history());
    before.current().ifPresent(history::add);
    Optional<Double> score = evidence.map(Evidence::score).or(before::score);
    List<String> reasons = evidence.map(Evidence::reasons).orElse(before.reasons());
    Map<String, Object> parameters = new HashMap<>(ids);
    parameters.put("decision", decision.decision().name());
    parameters.put("decidedBy", decision.decidedBy());
    parameters.put("decidedAt", decision.decidedAt());
    parameters.put("note", decision.note());
    parameters.put("history", history.stream().map(DecisionEntry::historyLine).toList());
    parameters.put("score", score.orElse(null));
    parameters.put("reasons", reasons);
    parameters.put("source", "analyst:" + decision.decidedBy());
    tx.run(WRITE, parameters).consume();
    return Optional.of(new PairDecision(pair, score, reasons, Optional.of(decision), history));
  }

  static PairDecision decided(PersonPair pair, Record row) {
    Optional<DecisionEntry> current =
        row.get("decision").isNull()
            ? Optional.empty()
            : Optional.of(
                new DecisionEntry(
                    Decision.valueOf(row.get("decision").asString()),
                    row.get("decidedBy").asString(),
                    StoredValues.time(row.get("decidedAt")),
                    row.get("note").asString("")));
    return new PairDecision(
        pair,
        row.get("score").isNull() ? Optional.empty() : Optional.of(row.get("score").asDouble()),
        row.get("reasons").asList(Value::asString),
        current,
        row.get("history").asList(v -> DecisionEntry.parseHistoryLine(v.asString())));
  }
}
