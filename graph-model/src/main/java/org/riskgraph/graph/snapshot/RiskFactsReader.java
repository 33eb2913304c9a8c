package org.riskgraph.graph.snapshot;

import java.time.Duration;
import java.time.LocalDate;
import org.riskgraph.graph.control.ControlRepository;
import org.riskgraph.graph.dispute.DisputeRepository;
import org.riskgraph.graph.incident.IncidentRepository;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.village.VillageRepository;

/** Reads the risk score's {@link RiskFacts} in one read transaction: seven queries. */
public final class RiskFactsReader {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final GraphStore store;

  public RiskFactsReader(GraphStore store) {
    this.store = store;
  }

  /**
   * The facts as of a day: a control that ended before {@code asOf} is in none of them, neither its
   * term nor its lapses.
   */
  public RiskFacts read(LocalDate asOf) {
    return store.read(
        TIMEOUT,
        tx ->
            new RiskFacts(
                VillageRepository.map(tx),
                IncidentRepository.tallies(tx),
                DisputeRepository.outcomes(tx),
                ControlRepository.terms(tx, asOf),
                ControlRepository.lapses(tx, asOf)));
  }
}
