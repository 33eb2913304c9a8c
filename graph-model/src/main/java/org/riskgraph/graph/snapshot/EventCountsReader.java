package org.riskgraph.graph.snapshot;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeRepository;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.incident.IncidentRepository;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.village.VillageRepository;

/**
 * Reads the hotspots' {@link EventCounts} in one read transaction, three queries: the villages,
 * their adjacency and the events counted per village and month by one aggregating query. An event
 * is counted in the village it {@code OCCURRED_IN}; disputes by {@code openedAt}, incidents by
 * {@code reportedAt}.
 */
public final class EventCountsReader {

  private final GraphStore store;

  public EventCountsReader(GraphStore store) {
    this.store = store;
  }

  /** Incidents of the categories over consecutive months, oldest first. */
  public EventCounts incidents(List<YearMonth> months, Collection<IncidentCategory> categories) {
    return store.read(
        tx ->
            new EventCounts(
                VillageRepository.villages(tx),
                VillageRepository.adjacency(tx),
                IncidentRepository.countsByMonth(tx, months, categories)));
  }

  /** Disputes of the categories over consecutive months, oldest first. */
  public EventCounts disputes(List<YearMonth> months, Collection<DisputeCategory> categories) {
    return store.read(
        tx ->
            new EventCounts(
                VillageRepository.villages(tx),
                VillageRepository.adjacency(tx),
                DisputeRepository.countsByMonth(tx, months, categories)));
  }
}
