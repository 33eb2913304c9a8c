package org.riskgraph.analysis.cotravel;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.riskgraph.graph.common.InvalidFieldException;

/**
 * When two vehicles co-travel: seen at the same checkpoint within {@code windowSeconds} of each
 * other, at {@code minCheckpoints} or more distinct checkpoints, counting only sightings from
 * {@code from} (inclusive) to {@code to} (exclusive). Field names are the request parameters'.
 */
public record CoTravelRule(
    int windowSeconds,
    int minCheckpoints,
    Optional<OffsetDateTime> from,
    Optional<OffsetDateTime> to) {

  public static final int DEFAULT_WINDOW_SECONDS = 120;
  public static final int DEFAULT_MIN_CHECKPOINTS = 3;
  public static final int MAX_WINDOW_SECONDS = 3_600;
  public static final int MAX_MIN_CHECKPOINTS = 100;

  public CoTravelRule {
    if (windowSeconds < 1 || windowSeconds > MAX_WINDOW_SECONDS) {
      throw new InvalidFieldException(
          "windowSeconds", windowSeconds, "must be 1.." + MAX_WINDOW_SECONDS);
    }
    if (minCheckpoints < 2 || minCheckpoints > MAX_MIN_CHECKPOINTS) {
      throw new InvalidFieldException(
          "minCheckpoints", minCheckpoints, "must be 2.." + MAX_MIN_CHECKPOINTS);
    }
    from = from == null ? Optional.empty() : from;
    to = to == null ? Optional.empty() : to;
    if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
      throw new InvalidFieldException("to", to.get(), "is not after from");
    }
  }

  /** 120 s, three checkpoints, every sighting. */
  public static CoTravelRule defaults() {
    return new CoTravelRule(
        DEFAULT_WINDOW_SECONDS, DEFAULT_MIN_CHECKPOINTS, Optional.empty(), Optional.empty());
  }

  public long fromSecond() {
    return from.map(OffsetDateTime::toEpochSecond).orElse(Long.MIN_VALUE);
  }

  public long toSecond() {
    return to.map(OffsetDateTime::toEpochSecond).orElse(Long.MAX_VALUE);
  }

  public boolean covers(long epochSecond) {
    return epochSecond >= fromSecond() && epochSecond < toSecond();
  }
}
