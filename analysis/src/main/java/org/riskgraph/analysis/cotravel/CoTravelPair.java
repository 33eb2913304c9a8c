package org.riskgraph.analysis.cotravel;

import java.time.OffsetDateTime;

/**
 * Two vehicles that co-travel, {@code plateA} before {@code plateB}: seen together {@code count}
 * times (a co-sighting is one read of each within the window at one checkpoint) at {@code
 * checkpoints} distinct checkpoints, first at {@code firstAt}, last at {@code lastAt}.
 */
public record CoTravelPair(
    String plateA,
    String plateB,
    int count,
    int checkpoints,
    OffsetDateTime firstAt,
    OffsetDateTime lastAt) {

  public CoTravelPair {
    if (plateA.compareTo(plateB) >= 0) {
      throw new IllegalArgumentException("plates out of order: " + plateA + ", " + plateB);
    }
  }
}
