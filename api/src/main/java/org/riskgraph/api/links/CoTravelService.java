package org.riskgraph.api.links;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.locks.ReentrantLock;
import org.riskgraph.analysis.cotravel.CoTravel;
import org.riskgraph.analysis.cotravel.CoTravelDerivation;
import org.riskgraph.analysis.cotravel.CoTravelRule;
import org.riskgraph.analysis.cotravel.CoTravelWriter;
import org.riskgraph.analysis.cotravel.StoreSightings;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Derives {@code TRAVELS_WITH} from the stored sightings and writes it, one run at a time, then has
 * the link projection rebuilt. Started by an administrator and after the demo county is loaded.
 */
@Service
public class CoTravelService {

  private static final Logger log = LoggerFactory.getLogger(CoTravelService.class);

  private final GraphStore store;
  private final LinkProjection projection;
  private final LinksProperties links;
  private final ReentrantLock running = new ReentrantLock();

  CoTravelService(GraphStore store, LinkProjection projection, LinksProperties links) {
    this.store = store;
    this.projection = projection;
    this.links = links;
  }

  /** A finished run: what was derived, what the write changed, and how long each part took. */
  public record Run(
      CoTravel result, CoTravelWriter.Written written, Duration derive, Duration write) {}

  public Run derive(CoTravelRule rule) {
    if (!running.tryLock()) {
      throw new BadRequestException(
          "derivation-running", "from", "a co-travel derivation is running; try again later");
    }
    try {
      Duration timeout = links.coTravelTimeout();
      long started = System.nanoTime();
      CoTravel result =
          new CoTravelDerivation(rule).derive(new StoreSightings(store, rule, timeout));
      long derived = System.nanoTime();
      CoTravelWriter.Written written =
          new CoTravelWriter(store, timeout).write(result, OffsetDateTime.now(Fields.CHINA));
      long done = System.nanoTime();
      projection.refresh();
      log.info(
          "Co-travel: {} reads at {} checkpoints, {} pairs ({} new, {} removed);"
              + " read and derive {} ms, write {} ms",
          result.sightings(),
          result.checkpoints(),
          result.pairs().size(),
          written.created(),
          written.removed(),
          (derived - started) / 1_000_000,
          (done - derived) / 1_000_000);
      return new Run(
          result, written, Duration.ofNanos(derived - started), Duration.ofNanos(done - derived));
    } finally {
      running.unlock();
    }
  }
}
