package org.riskgraph.analysis.cotravel;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.vehicle.CoTravelRepository;

/**
 * Writes a derivation to the graph ({@link CoTravelRepository}): one {@code TRAVELS_WITH} per pair,
 * carrying the rule it was derived under; derived co-travel this run did not confirm is removed.
 */
public final class CoTravelWriter {

  public static final String SOURCE = CoTravelRepository.SOURCE;

  private final CoTravelRepository repository;

  public CoTravelWriter(GraphStore store, Duration timeout) {
    this.repository = new CoTravelRepository(store, timeout);
  }

  /** What a write changed. */
  public record Written(int created, int updated, int removed) {}

  /**
   * @param stamp {@code ingestedAt} of every relationship written; must differ from the last run's
   */
  public Written write(CoTravel result, OffsetDateTime stamp) {
    CoTravelRule rule = result.rule();
    CoTravelRepository.Written written =
        repository.replaceAll(
            result.pairs().stream()
                .map(
                    p ->
                        new CoTravelRepository.Pair(
                            p.plateA(),
                            p.plateB(),
                            p.count(),
                            p.checkpoints(),
                            p.firstAt(),
                            p.lastAt()))
                .toList(),
            new CoTravelRepository.Rule(
                rule.windowSeconds(), rule.minCheckpoints(), rule.from(), rule.to()),
            stamp);
    return new Written(written.created(), written.updated(), written.removed());
  }
}
