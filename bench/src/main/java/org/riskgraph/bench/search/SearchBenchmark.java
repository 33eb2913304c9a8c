package org.riskgraph.bench.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.riskgraph.analysis.duplicates.DuplicateCandidate;
import org.riskgraph.analysis.duplicates.DuplicateFinder;
import org.riskgraph.analysis.search.SearchDocument;
import org.riskgraph.analysis.search.SearchHit;
import org.riskgraph.analysis.search.SearchIndex;
import org.riskgraph.analysis.search.SearchQuery;
import org.riskgraph.analysis.search.SearchResult;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.plant.GroundTruth;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;

/**
 * Search at county scale, engine level: generates the county fixtures (seed 42), indexes their
 * persons, vehicles, phones, incidents and disputes on disk as a rebuild from the graph would,
 * compacts, runs a warm-up and then the measured mix of the search cases on one thread, and
 * reports latency percentiles per case; then times the duplicate finder on the county's persons and
 * scores it against the ground truth. Not JMH: the answer wanted is a latency distribution over a
 * mix of queries. Arguments (all optional): {@code --queries N} (measured, default 7000), {@code
 * --index DIR} (keep the index there instead of a temporary folder), {@code --write-queries FILE}
 * (the measured queries as TSV, for {@link ApiSearchBenchmark}).
 */
public final class SearchBenchmark {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws IOException {
    int measured = Integer.parseInt(option(args, "--queries", "7000"));
    String keep = option(args, "--index", "");
    String queriesFile = option(args, "--write-queries", "");

    long t0 = System.nanoTime();
    County county = CountyGenerator.generate(Scale.COUNTY, 42, Plants.ALL);
    List<SearchDocument> documents = CountyDocuments.of(county);
    System.out.printf("county generated in %.1f s: %,d documents%n", seconds(t0), documents.size());

    Path folder =
        keep.isEmpty() ? Files.createTempDirectory("riskgraph-search-bench") : Path.of(keep);
    try (SearchIndex index = SearchIndex.open(folder)) {
      long cpu = THREADS.getCurrentThreadCpuTime();
      t0 = System.nanoTime();
      index.beginRebuild();
      Set<String> seen = new HashSet<>();
      for (int from = 0; from < documents.size(); from += 5_000) {
        List<SearchDocument> batch =
            documents.subList(from, Math.min(documents.size(), from + 5_000));
        index.index(batch);
        batch.forEach(d -> seen.add(d.kind() + ":" + d.key()));
      }
      double indexing = seconds(t0);
      double indexingCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
      t0 = System.nanoTime();
      index.finishRebuild(ref -> seen.contains(ref.kind() + ":" + ref.key()));
      System.out.printf(
          "indexed %,d documents in %.1f s wall / %.1f s cpu in batches of 5,000; finishing"
              + " (compaction) %.1f s; %.0f MB on disk%n",
          index.size(), indexing, indexingCpu, seconds(t0), LatencyTable.megabytes(folder));

      run(index, new CountyQueries(county, 11), 2_000, null);
      LatencyTable table = new LatencyTable();
      List<CountyQueries.Sample> samples =
          run(index, new CountyQueries(county, 13), measured, table);
      table.print();
      if (!queriesFile.isEmpty()) {
        List<String> lines = new ArrayList<>();
        samples.forEach(s -> lines.add(s.type() + "\t" + s.text() + "\t" + s.expected()));
        Files.write(Path.of(queriesFile), lines, StandardCharsets.UTF_8);
        System.out.println("queries written to " + queriesFile);
      }
    } finally {
      if (keep.isEmpty()) {
        LatencyTable.delete(folder);
      }
    }
    duplicates(county);
  }

  private static List<CountyQueries.Sample> run(
      SearchIndex index, CountyQueries mix, int count, LatencyTable table) {
    List<CountyQueries.Sample> samples = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      CountyQueries.Sample sample = mix.next(i);
      samples.add(sample);
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      SearchResult result = index.search(SearchQuery.of(sample.text()));
      long took = System.nanoTime() - start;
      long cpuTook = THREADS.getCurrentThreadCpuTime() - cpuStart;
      if (table != null) {
        List<String> keys = result.hits().stream().map(SearchHit::key).toList();
        table.add(sample.type(), took, cpuTook, sample.expected(), keys);
      }
    }
    return samples;
  }

  private static void duplicates(County county) {
    Set<String> planted = new HashSet<>();
    for (GroundTruth.Duplicate d : county.groundTruth().duplicates()) {
      planted.add(pair(d.originalId(), d.duplicateId()));
    }
    var persons = CountyDocuments.facts(county);
    for (int run = 1; run <= 3; run++) {
      long cpu = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      List<DuplicateCandidate> found = new DuplicateFinder().find(persons);
      long right = found.stream().filter(c -> planted.contains(pair(c.aId(), c.bId()))).count();
      System.out.printf(
          "duplicates run %d: %,d persons in %.1f s wall, %.1f s cpu; reported %d, planted %d,"
              + " found %d: precision %.3f, recall %.3f%n",
          run,
          persons.size(),
          seconds(t0),
          (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9,
          found.size(),
          planted.size(),
          right,
          found.isEmpty() ? 1.0 : (double) right / found.size(),
          (double) right / planted.size());
    }
  }

  private static String pair(String x, String y) {
    return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
  }

  static String option(String[] args, String name, String otherwise) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return otherwise;
  }

  static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
