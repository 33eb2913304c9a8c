package org.riskgraph.api.importer;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.ImportSummary;
import org.riskgraph.graph.importer.Importer;
import org.riskgraph.graph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Runs imports one at a time, logs their progress, and announces each finished import so that
 * derived data (search index, co-travel) can follow.
 */
@Service
public class ImportService {

  private static final Logger log = LoggerFactory.getLogger(ImportService.class);

  private final GraphStore store;
  private final ApplicationEventPublisher events;
  private final ReentrantLock running = new ReentrantLock();

  ImportService(GraphStore store, ApplicationEventPublisher events) {
    this.store = store;
    this.events = events;
  }

  public ImportSummary importPath(Path path, String source) {
    lock();
    try {
      return announce(importer(source).importPath(path));
    } finally {
      running.unlock();
    }
  }

  public ImportSummary importNdjson(InputStream body, long length, String source) {
    lock();
    try {
      return announce(importer(source).importNdjson(body, "request body", length));
    } finally {
      running.unlock();
    }
  }

  private void lock() {
    if (!running.tryLock()) {
      throw new BadRequestException(
          "import-running", "body", "another import is running; try again when it has finished");
    }
  }

  private Importer importer(String source) {
    return new Importer(
        store,
        ImportOptions.defaults(source).withProgress(p -> log.info("Import {}: {}", source, p)));
  }

  private ImportSummary announce(ImportSummary summary) {
    log.info(
        "Import finished: {} records, {} created, {} updated, {} unchanged, {} rejected in {} s ({} records/s)",
        summary.records(),
        summary.created(),
        summary.updated(),
        summary.unchanged(),
        summary.rejected(),
        summary.elapsed().toSeconds(),
        Math.round(summary.recordsPerSecond()));
    events.publishEvent(new ImportCompleted(summary));
    return summary;
  }
}
