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
    Map<String, List<Long>> latencies = new LinkedHashMap<>();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long hitsSeen = 0;
    for (int i = 0; i < count; i++) {
      QueryMix.Sample sample = mix.next(i);
      long start = System.nanoTime();
      SearchResult result = index.search(SearchQuery.of(sample.text()));
      long took = System.nanoTime() - start;
      hitsSeen += result.hits().size();
      latencies.computeIfAbsent(sample.type(), k -> new ArrayList<>()).add(took);
    }
    if (!report) {
      return;
    }
    double cpuPerQuery = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / count;
    System.out.printf("%n%-22s %6s %8s %8s %8s%n", "query type", "n", "p50 ms", "p90 ms", "p99 ms");
    List<Long> all = new ArrayList<>();
    latencies.forEach(
        (type, list) -> {
          all.addAll(list);
          print(type, list);
        });
    print("ALL", all);
    System.out.printf(
        "mean cpu per query %.2f ms, mean hits %.1f%n", cpuPerQuery, (double) hitsSeen / count);
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

  private static void print(String type, List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    Function<Double, Double> at =
        q -> sorted[(int) Math.min(sorted.length - 1, q * sorted.length)] / 1e6;
    System.out.printf(
        "%-22s %6d %8.2f %8.2f %8.2f%n",
        type, sorted.length, at.apply(0.5), at.apply(0.9), at.apply(0.99));
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
