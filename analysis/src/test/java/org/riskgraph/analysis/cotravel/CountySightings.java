package org.riskgraph.analysis.cotravel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.sensors.SightingLog;

/** The generated county's plate reads as a feed, checkpoint by checkpoint in code order. */
public final class CountySightings implements SightingFeed {

  private final SightingLog log;

  public CountySightings(County county) {
    this.log = county.sightings();
  }

  @Override
  public void forEachCheckpoint(CheckpointReads reads) {
    Map<String, List<Integer>> byCheckpoint = new TreeMap<>();
    for (int i = 0; i < log.size(); i++) {
      byCheckpoint.computeIfAbsent(log.checkpointCode(i), c -> new ArrayList<>()).add(i);
    }
    // the log is in time order, so each checkpoint's reads are too
    for (Map.Entry<String, List<Integer>> entry : byCheckpoint.entrySet()) {
      List<Integer> indexes = entry.getValue();
      String[] plates = new String[indexes.size()];
      long[] seconds = new long[indexes.size()];
      for (int k = 0; k < indexes.size(); k++) {
        plates[k] = log.plate(indexes.get(k)).value();
        seconds[k] = log.epochSecond(indexes.get(k));
      }
      reads.accept(entry.getKey(), plates, seconds, plates.length);
    }
  }
}
