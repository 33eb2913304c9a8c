package org.riskgraph.analysis.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.riskgraph.analysis.duplicates.DuplicateCandidate;
import org.riskgraph.analysis.duplicates.DuplicateFinder;
import org.riskgraph.analysis.duplicates.Quality;
import org.riskgraph.analysis.duplicates.SyntheticPopulation;

/**
 * Indexes a synthetic county (~300,000 documents) on disk, runs a mix of the query types analysts
 * type and reports latency percentiles per type, then times the duplicate finder on the county's
 * 210,000 persons. Not a test: run it by hand (see docs/search.md) and copy the numbers.
 */
public final class SearchBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws IOException {
    int residents = args.length > 0 ? Integer.parseInt(args[0]) : 210_000;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 6_000;
    long t0 = System.nanoTime();
    SyntheticDocuments county = new SyntheticDocuments(residents, 45_000, 12_000, 3_000, 7);
    System.out.printf(
        "generated %,d documents (%,d persons, %,d vehicles, %,d phones) in %.1f s%n",
        county.documents.size(),
        county.persons.size(),
        county.plates.size(),
        county.phones.size(),
        seconds(t0));

    Path folder = Files.createTempDirectory("riskgraph-search-bench");
    try (SearchIndex index = SearchIndex.open(folder)) {
      long cpu = THREADS.getCurrentThreadCpuTime();
      t0 = System.nanoTime();
      List<SearchDocument> docs = county.documents;
      for (int from = 0; from < docs.size(); from += 10_000) {
        index.index(docs.subList(from, Math.min(docs.size(), from + 10_000)));
      }
      System.out.printf(
          "indexed in %.1f s wall, %.1f s cpu (indexing thread); %,d docs, %.0f MB on disk%n",
          seconds(t0),
          (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9,
          index.size(),
          megabytes(folder));
      t0 = System.nanoTime();
      index.compact();
      System.out.printf(
          "compacted to one segment in %.1f s, %.0f MB%n", seconds(t0), megabytes(folder));
      runQueries(index, new QueryMix(county, new Random(11)), 2_000, false);
      runQueries(index, new QueryMix(county, new Random(13)), measured, true);
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    duplicates(residents);
  }

  private static void runQueries(SearchIndex index, QueryMix mix, int count, boolean report) {
    Map<String, List<Long>> wall = new LinkedHashMap<>();
    Map<String, List<Long>> cpu = new LinkedHashMap<>();
    Map<String, int[]> found = new LinkedHashMap<>();
    long hitsSeen = 0;
    for (int i = 0; i < count; i++) {
      QueryMix.Sample sample = mix.next(i);
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      SearchResult result = index.search(SearchQuery.of(sample.text()));
      long took = System.nanoTime() - start;
      long cpuTook = THREADS.getCurrentThreadCpuTime() - cpuStart;
      hitsSeen += result.hits().size();
      wall.computeIfAbsent(sample.type(), k -> new ArrayList<>()).add(took);
      if (!sample.expected().isEmpty()) {
        int[] counts = found.computeIfAbsent(sample.type(), k -> new int[3]);
        List<String> keys = result.hits().stream().map(SearchHit::key).toList();
        counts[0] += !keys.isEmpty() && keys.getFirst().equals(sample.expected()) ? 1 : 0;
        counts[1] += keys.contains(sample.expected()) ? 1 : 0;
        counts[2]++;
      }
      cpu.computeIfAbsent(sample.type(), k -> new ArrayList<>()).add(cpuTook);
    }
    if (!report) {
      return;
    }
    // wall time includes waiting for a core on a shared machine; cpu time is the work itself
    System.out.printf(
        "%n%-20s %5s | wall ms %5s %6s %6s | cpu ms %5s %6s %6s%n",
        "query type", "n", "p50", "p90", "p99", "p50", "p90", "p99");
    List<Long> allWall = new ArrayList<>();
    List<Long> allCpu = new ArrayList<>();
    wall.forEach(
        (type, list) -> {
          allWall.addAll(list);
          allCpu.addAll(cpu.get(type));
          print(type, list, cpu.get(type));
        });
    print("ALL", allWall, allCpu);
    System.out.printf("mean hits per query %.1f%n", (double) hitsSeen / count);
    found.forEach(
        (type, c) ->
            System.out.printf(
                "%-20s the entity meant ranks first in %.1f %%, is among the hits in %.1f %%%n",
                type, 100.0 * c[0] / c[2], 100.0 * c[1] / c[2]));
  }

  private static void duplicates(int residents) {
    SyntheticPopulation.Population county =
        SyntheticPopulation.generate(new SyntheticPopulation.Config(residents, 200, 0.03, 7));
    for (int run = 1; run <= 3; run++) {
      long cpu = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      List<DuplicateCandidate> found = new DuplicateFinder().find(county.persons());
      System.out.printf(
          "duplicates run %d: %,d persons in %.1f s wall, %.1f s cpu; %s%n",
          run,
          county.persons().size(),
          seconds(t0),
          (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9,
          Quality.of(found, county.duplicates()));
    }
  }

  private static void print(String type, List<Long> wall, List<Long> cpu) {
    Function<Double, Double> w = percentiles(wall);
    Function<Double, Double> c = percentiles(cpu);
    System.out.printf(
        "%-20s %5d |         %5.2f %6.2f %6.2f |        %5.2f %6.2f %6.2f%n",
        type,
        wall.size(),
        w.apply(0.5),
        w.apply(0.9),
        w.apply(0.99),
        c.apply(0.5),
        c.apply(0.9),
        c.apply(0.99));
  }

  private static Function<Double, Double> percentiles(List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return q -> sorted[(int) Math.min(sorted.length - 1, q * sorted.length)] / 1e6;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static double megabytes(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.mapToLong(p -> p.toFile().length()).sum() / 1e6;
    }
  }
}
