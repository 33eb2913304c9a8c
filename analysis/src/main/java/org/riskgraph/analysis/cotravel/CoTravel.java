package org.riskgraph.analysis.cotravel;

import java.time.Duration;
import java.util.List;

/**
 * The co-travelling pairs under a rule, sorted by plates, with what the derivation saw: reads
 * counted (inside the period), checkpoints, co-sightings, pairs that met at least once.
 */
public record CoTravel(
    CoTravelRule rule,
    List<CoTravelPair> pairs,
    long sightings,
    int checkpoints,
    long coSightings,
    int candidatePairs,
    Duration elapsed) {

  public CoTravel {
    pairs = List.copyOf(pairs);
  }
}
