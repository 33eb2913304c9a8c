package org.riskgraph.bench.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.riskgraph.analysis.cotravel.CoTravel;
import org.riskgraph.analysis.cotravel.CoTravelDerivation;
import org.riskgraph.analysis.cotravel.CoTravelRule;
import org.riskgraph.analysis.cotravel.SightingFeed;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.sensors.SightingLog;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;

/**
 * The co-travel derivation alone, in memory, over the seed-42 county's sightings (read once into
 * per-checkpoint arrays, so only the derivation is timed): one warm-up and four timed runs.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar org.riskgraph.bench.links.CoTravelBenchmark
 * [county|large]}
 */
public final class CoTravelBenchmark {

  private CoTravelBenchmark() {}

  public static void main(String[] args) {
    Scale scale = Scale.parse(args.length > 0 ? args[0] : "county");
    County county = CountyGenerator.generate(scale, 42, Plants.ALL);
    SightingFeed feed = feed(county.sightings());
    CoTravelDerivation derivation = new CoTravelDerivation(CoTravelRule.defaults());
    for (int run = 0; run < 5; run++) {
      CoTravel result = derivation.derive(feed);
      System.out.printf(
          "%s: %,d reads at %d checkpoints, %,d co-sightings, %,d pairs met, %d co-travel pairs"
              + " in %.2f s%n",
          run == 0 ? "warm-up" : "run " + run,
          result.sightings(),
          result.checkpoints(),
          result.coSightings(),
          result.candidatePairs(),
          result.pairs().size(),
          result.elapsed().toNanos() / 1e9);
    }
  }

  private static SightingFeed feed(SightingLog log) {
    Map<String, List<Integer>> byCheckpoint = new TreeMap<>();
    for (int i = 0; i < log.size(); i++) {
      byCheckpoint.computeIfAbsent(log.checkpointCode(i), c -> new ArrayList<>()).add(i);
    }
    Map<String, String[]> plates = new TreeMap<>();
    Map<String, long[]> seconds = new TreeMap<>();
    byCheckpoint.forEach(
        (code, indexes) -> {
          String[] p = new String[indexes.size()];
          long[] s = new long[indexes.size()];
          for (int k = 0; k < p.length; k++) {
            p[k] = log.plate(indexes.get(k)).value();
            s[k] = log.epochSecond(indexes.get(k));
          }
          plates.put(code, p);
          seconds.put(code, s);
        });
    return reads -> plates.forEach((code, p) -> reads.accept(code, p, seconds.get(code), p.length));
  }
}
