package org.riskgraph.graph.importer;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a running import is.
 *
 * @param fraction bytes read over total bytes, when the total is known
 * @param remaining the estimated time left, when the total is known
 */
public record ImportProgress(
    long records,
    double recordsPerSecond,
    Optional<Double> fraction,
    Optional<Duration> remaining,
    Duration elapsed) {

  @Override
  public String toString() {
    return String.format(
        "%,d records, %,.0f/s%s%s",
        records,
        recordsPerSecond,
        fraction.map(f -> String.format(", %.0f%%", f * 100)).orElse(""),
        remaining.map(r -> ", about " + r.toSeconds() + " s left").orElse(""));
  }
}
