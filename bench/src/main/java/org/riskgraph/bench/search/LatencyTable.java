package org.riskgraph.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Latencies per query type, and how often the entity meant ranked first; printed as a table. */
final class LatencyTable {

  private final Map<String, List<Long>> wall = new LinkedHashMap<>();
  private final Map<String, List<Long>> cpu = new LinkedHashMap<>();
  private final Map<String, int[]> meant = new LinkedHashMap<>();

  /**
   * @param cpuNanos the thread's CPU time, or -1 where it cannot be measured (a remote server)
   * @param expected the key meant, or "" when many fit
   */
  void add(String type, long wallNanos, long cpuNanos, String expected, List<String> keys) {
    wall.computeIfAbsent(type, k -> new ArrayList<>()).add(wallNanos);
    if (cpuNanos >= 0) {
      cpu.computeIfAbsent(type, k -> new ArrayList<>()).add(cpuNanos);
    }
    if (!expected.isEmpty()) {
      int[] counts = meant.computeIfAbsent(type, k -> new int[3]);
      counts[0] += !keys.isEmpty() && keys.getFirst().equals(expected) ? 1 : 0;
      counts[1] += keys.contains(expected) ? 1 : 0;
      counts[2]++;
    }
  }

  void print() {
    // wall time includes waiting for a core on a shared machine; cpu time is the work itself
    System.out.printf(
        "%n| query type | n | wall p50 | wall p90 | wall p99 | cpu p50 | cpu p90 | cpu p99 | meant first | meant among hits |%n");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    List<Long> allWall = new ArrayList<>();
    List<Long> allCpu = new ArrayList<>();
    wall.forEach(
        (type, list) -> {
          allWall.addAll(list);
          allCpu.addAll(cpu.getOrDefault(type, List.of()));
          row(type, list, cpu.getOrDefault(type, List.of()), meant.get(type));
        });
    row("**all**", allWall, allCpu, null);
  }

  private static void row(String type, List<Long> wall, List<Long> cpu, int[] meant) {
    System.out.printf(
        "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n",
        type,
        wall.size(),
        ms(wall, 0.5),
        ms(wall, 0.9),
        ms(wall, 0.99),
        ms(cpu, 0.5),
        ms(cpu, 0.9),
        ms(cpu, 0.99),
        meant == null ? "" : "%.1f %%".formatted(100.0 * meant[0] / meant[2]),
        meant == null ? "" : "%.1f %%".formatted(100.0 * meant[1] / meant[2]));
  }

  private static String ms(List<Long> nanos, double q) {
    if (nanos.isEmpty()) {
      return "–";
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return "%.2f".formatted(sorted[(int) Math.min(sorted.length - 1, q * sorted.length)] / 1e6);
  }

  static double megabytes(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.mapToLong(p -> p.toFile().length()).sum() / 1e6;
    }
  }

  static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
