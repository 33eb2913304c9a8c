package org.riskgraph.graph.importer;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * @param source written as {@code source} on every node and relationship the import creates
 * @param batchSize records per transaction
 * @param maxRejectsListed rejects beyond this are counted, not listed
 * @param progressEvery how often the progress listener hears from the import
 * @param writers transactions written at once where records are certainly new (a fresh load)
 */
public record ImportOptions(
    String source,
    int batchSize,
    int maxRejectsListed,
    Duration batchTimeout,
    Duration progressEvery,
    Consumer<ImportProgress> progress,
    int writers) {

  public ImportOptions {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("source is required");
    }
    if (batchSize < 1 || batchSize > 50_000) {
      throw new IllegalArgumentException("batchSize must be 1..50000, was " + batchSize);
    }
    progress = progress == null ? p -> {} : progress;
    if (writers < 1 || writers > 16) {
      throw new IllegalArgumentException("writers must be 1..16, was " + writers);
    }
  }

  public static ImportOptions defaults(String source) {
    return new ImportOptions(
        source, 10_000, 1_000, Duration.ofMinutes(2), Duration.ofSeconds(5), null, 2);
  }

  public ImportOptions withProgress(Consumer<ImportProgress> listener) {
    return new ImportOptions(
        source, batchSize, maxRejectsListed, batchTimeout, progressEvery, listener, writers);
  }

  public ImportOptions withBatchSize(int size) {
    return new ImportOptions(
        source, size, maxRejectsListed, batchTimeout, progressEvery, progress, writers);
  }

  public ImportOptions withWriters(int count) {
    return new ImportOptions(
        source, batchSize, maxRejectsListed, batchTimeout, progressEvery, progress, count);
  }
}
