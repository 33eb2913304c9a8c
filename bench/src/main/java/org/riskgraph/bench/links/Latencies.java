package org.riskgraph.bench.links;

import java.util.Arrays;

/** Timings in milliseconds and their nearest-rank percentiles. */
final class Latencies {

  private double[] millis = new double[256];
  private int size;

  void add(long nanos) {
    if (size == millis.length) {
      millis = Arrays.copyOf(millis, size * 2);
    }
    millis[size++] = nanos / 1e6;
  }

  double percentile(double p) {
    double[] sorted = Arrays.copyOf(millis, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * size);
    return sorted[Math.max(0, rank - 1)];
  }

  double mean() {
    return Arrays.stream(millis, 0, size).average().orElse(Double.NaN);
  }

  String row(String what) {
    return "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |"
        .formatted(
            what, size, percentile(50), percentile(90), percentile(99), percentile(100), mean());
  }

  static String header() {
    return "| what | pairs | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | mean (ms) |\n"
        + "|---|---|---|---|---|---|---|";
  }
}
