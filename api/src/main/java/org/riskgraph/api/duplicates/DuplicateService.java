package org.riskgraph.api.duplicates;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.riskgraph.analysis.duplicates.CandidateList;
import org.riskgraph.analysis.duplicates.DuplicateConfig;
import org.riskgraph.analysis.duplicates.DuplicateDecisions;
import org.riskgraph.analysis.duplicates.DuplicateFinder;
import org.riskgraph.analysis.duplicates.PersonFactsReader;
import org.riskgraph.api.importer.ImportCompleted;
import org.riskgraph.api.problem.UnknownEntityException;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.duplicate.DecisionEntry;
import org.riskgraph.graph.duplicate.PairDecision;
import org.riskgraph.graph.duplicate.PersonPair;
import org.riskgraph.graph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Duplicate candidates over all persons, computed on first demand and kept until the next import
 * (reading a county's persons and comparing them takes seconds), and analysts' decisions on them.
 */
@Service
class DuplicateService {

  /**
   * Candidates are computed down to this score, so a list may ask for less than the calibrated 0.5;
   * below about 0.45 blocking starts to miss pairs (docs/search.md), so lower is refused.
   */
  static final double FLOOR = 0.3;

  private static final Logger log = LoggerFactory.getLogger(DuplicateService.class);

  private final PersonFactsReader persons;
  private final DuplicateDecisions decisions;
  private final DuplicateFinder finder =
      new DuplicateFinder(DuplicateConfig.defaults().withMinScore(FLOOR));
  private final ReentrantLock computing = new ReentrantLock();
  private final AtomicLong imports = new AtomicLong();
  private volatile CandidateList cached;

  DuplicateService(GraphStore store) {
    this.persons = new PersonFactsReader(store);
    this.decisions = new DuplicateDecisions(store);
  }

  /** The candidate list, computed now if no import has happened since it last was. */
  CandidateList candidates() {
    CandidateList list = cached;
    if (list != null) {
      return list;
    }
    computing.lock();
    try {
      if (cached != null) {
        return cached;
      }
      long importsBefore = imports.get();
      long start = System.nanoTime();
      CandidateList fresh =
          CandidateList.of(persons.readAll(), finder, Fields.inChina(OffsetDateTime.now()));
      log.info(
          "Duplicate candidates: {} pairs among {} persons in {} ms",
          fresh.candidates().size(),
          fresh.compared(),
          (System.nanoTime() - start) / 1_000_000);
      // an import during the computation may have changed persons it already read
      if (imports.get() == importsBefore) {
        cached = fresh;
      }
      return fresh;
    } finally {
      computing.unlock();
    }
  }

  @EventListener
  void onImport(ImportCompleted event) {
    imports.incrementAndGet();
    cached = null;
  }

  Map<PersonPair, PairDecision> decisions(Collection<PersonPair> pairs) {
    return decisions.find(pairs);
  }

  /**
   * Records a decision with the finder's evidence for the pair, if it proposed it.
   *
   * @throws UnknownEntityException when either person does not exist
   */
  PairDecision decide(PersonPair pair, DecisionEntry decision) {
    List<String> missing = decisions.unknownPersons(List.of(pair.aId(), pair.bId()));
    if (!missing.isEmpty()) {
      throw new UnknownEntityException("person:" + missing.getFirst());
    }
    return decisions
        .record(pair, decision, candidates().candidate(pair))
        // deleted between the check and the write: persons are never deleted by the app
        .orElseThrow(() -> new UnknownEntityException("person:" + pair.aId()));
  }
}
