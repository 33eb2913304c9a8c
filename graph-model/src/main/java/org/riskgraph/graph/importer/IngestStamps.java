package org.riskgraph.graph.importer;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.riskgraph.graph.common.Fields;

/**
 * The {@code ingestedAt} stamp of an import run: China time to the millisecond, and strictly later
 * than any stamp handed out before in this JVM. Two imports in the same millisecond (or the same
 * second, as tests and scripted loads easily manage) must not share a stamp, or "the nodes this
 * import changed" would also find the other import's nodes.
 */
final class IngestStamps {

  /** The stamps of every import in this JVM. */
  static final IngestStamps SHARED = new IngestStamps(Clock.systemUTC());

  private final AtomicReference<OffsetDateTime> last = new AtomicReference<>();
  private final Clock clock;

  IngestStamps(Clock clock) {
    this.clock = clock;
  }

  OffsetDateTime next() {
    OffsetDateTime now =
        OffsetDateTime.now(clock).atZoneSameInstant(Fields.CHINA).toOffsetDateTime();
    OffsetDateTime candidate = now.truncatedTo(ChronoUnit.MILLIS);
    return last.accumulateAndGet(
        candidate,
        (previous, fresh) ->
            previous == null || fresh.isAfter(previous)
                ? fresh
                : previous.plus(1, ChronoUnit.MILLIS));
  }
}
