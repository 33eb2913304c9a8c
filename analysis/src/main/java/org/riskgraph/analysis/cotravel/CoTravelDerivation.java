package org.riskgraph.analysis.cotravel;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.riskgraph.graph.common.Fields;

/**
 * Derives co-travel from plate reads: per checkpoint, a window slides over the reads in time order,
 * and every two reads of different vehicles at most {@code windowSeconds} apart are a co-sighting
 * of that pair; a pair co-travels when its co-sightings span {@code minCheckpoints} or more
 * distinct checkpoints. Vehicles are ints and pairs longs in a primitive table; one pass, memory
 * proportional to the pairs that ever met.
 */
public final class CoTravelDerivation {

  private final CoTravelRule rule;

  public CoTravelDerivation(CoTravelRule rule) {
    this.rule = rule;
  }

  public CoTravel derive(SightingFeed feed) {
    long started = System.nanoTime();
    Map<String, Integer> vehicleIds = new HashMap<>();
    List<String> plates = new ArrayList<>();
    Set<String> checkpointsSeen = new HashSet<>();
    PairTable table = new PairTable(1 << 16);
    long[] reads = {0};
    int window = rule.windowSeconds();
    feed.forEachCheckpoint(
        (checkpoint, plateReads, seconds, size) -> {
          if (!checkpointsSeen.add(checkpoint)) {
            throw new IllegalArgumentException("checkpoint " + checkpoint + " delivered twice");
          }
          int cp = checkpointsSeen.size();
          int[] vehicles = new int[size];
          long[] at = new long[size];
          int n = 0;
          for (int i = 0; i < size; i++) {
            if (!rule.covers(seconds[i])) {
              continue;
            }
            if (n > 0 && seconds[i] < at[n - 1]) {
              throw new IllegalArgumentException("reads of " + checkpoint + " are not in order");
            }
            vehicles[n] = vehicleIds.computeIfAbsent(plateReads[i], p -> add(plates, p));
            at[n++] = seconds[i];
          }
          reads[0] += n;
          int oldest = 0;
          for (int i = 0; i < n; i++) {
            while (at[i] - at[oldest] > window) {
              oldest++;
            }
            for (int j = oldest; j < i; j++) {
              if (vehicles[j] != vehicles[i]) {
                table.meet(PairTable.key(vehicles[i], vehicles[j]), cp, at[j], at[i]);
              }
            }
          }
        });
    List<CoTravelPair> pairs = new ArrayList<>();
    table.forEach(
        rule.minCheckpoints(),
        (a, b, count, checkpoints, first, last) -> {
          String plateA = plates.get(a);
          String plateB = plates.get(b);
          boolean ordered = plateA.compareTo(plateB) < 0;
          pairs.add(
              new CoTravelPair(
                  ordered ? plateA : plateB,
                  ordered ? plateB : plateA,
                  count,
                  checkpoints,
                  time(first),
                  time(last)));
        });
    pairs.sort(Comparator.comparing(CoTravelPair::plateA).thenComparing(CoTravelPair::plateB));
    return new CoTravel(
        rule,
        pairs,
        reads[0],
        checkpointsSeen.size(),
        table.totalMeetings(),
        table.size(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  private static int add(List<String> plates, String plate) {
    plates.add(plate);
    return plates.size() - 1;
  }

  private static OffsetDateTime time(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).atZone(Fields.CHINA).toOffsetDateTime();
  }
}
