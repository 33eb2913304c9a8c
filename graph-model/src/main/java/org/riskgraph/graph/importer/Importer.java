package org.riskgraph.graph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.importer.Write.NodeWrite;
import org.riskgraph.graph.importer.Write.RelWrite;
import org.riskgraph.graph.store.GraphStore;

/**
 * The one upsert path behind both import doors (NDJSON and a CSV folder). Records are validated,
 * gathered in batches of one kind and written in their own transactions; a bad record is rejected
 * with its line and reason and the rest go on. Batches are flushed whenever the kind changes, so a
 * record may refer to anything on an earlier line.
 */
public final class Importer {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Importer.class);

  private final GraphStore store;
  private final ImportOptions options;

  public Importer(GraphStore store, ImportOptions options) {
    this.store = store;
    this.options = options;
  }

  /** Imports an NDJSON file ({@code .ndjson}, {@code .jsonl}, {@code .json}) or a CSV folder. */
  public ImportSummary importPath(Path path) {
    if (Files.isDirectory(path)) {
      try (RecordSource source = new CsvFolderSource(path)) {
        return run(source);
      }
    }
    try (InputStream in = Files.newInputStream(path);
        RecordSource source =
            new NdjsonSource(in, path.getFileName().toString(), Files.size(path))) {
      return run(source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Imports newline-delimited JSON from a stream; {@code totalBytes} may be -1 if unknown. */
  public ImportSummary importNdjson(InputStream in, String origin, long totalBytes) {
    try (RecordSource source = new NdjsonSource(in, origin, totalBytes)) {
      return run(source);
    }
  }

  ImportSummary run(RecordSource source) {
    Run run = new Run(source);
    try {
      while (source.hasNext()) {
        run.accept(source.next());
      }
    } finally {
      run.finish();
    }
    return run.summary();
  }

  /** The state of one import: the open batch, the counts and the rejects. */
  private final class Run {

    private final RecordSource source;
    private final long started = System.nanoTime();
    private final BatchDispatcher dispatcher;
    private final Provenance provenance;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final List<Reject> rejects = new ArrayList<>();
    private final List<String> supervisionChanges = new ArrayList<>();
    private long rejectsOmitted;
    private long records;
    private long lastProgress = System.nanoTime();
    private ImportKind batchKind;
    private final List<Write> batch = new ArrayList<>();
    private final Set<String> batchIdentities = new HashSet<>();

    Run(RecordSource source) {
      this.source = source;
      this.provenance = new Provenance(options.source(), IngestStamps.SHARED.next());
      RunState state = new RunState(store);
      this.dispatcher =
          new BatchDispatcher(
              new NodeBatchWriter(store, options.batchTimeout(), provenance, state),
              new RelBatchWriter(store, options.batchTimeout(), provenance, state),
              state,
              options.writers(),
              this::record);
      for (ImportKind kind : ImportKind.values()) {
        counts.put(kind.kindName(), new long[4]);
      }
    }

    void accept(SourceLine line) {
      records++;
      switch (line) {
        case MalformedLine bad -> {
          if (bad.kind() != null) {
            ImportKind.byName(bad.kind()).ifPresent(this::countRejected);
          }
          reject(new Reject(bad.origin(), bad.line(), bad.kind(), null, bad.reason()));
        }
        case RawRecord record -> accept(record);
      }
      reportProgress();
    }

    private void accept(RawRecord record) {
      Optional<ImportKind> kind = ImportKind.byName(record.kind());
      if (kind.isEmpty()) {
        reject(
            new Reject(
                record.origin(),
                record.line(),
                record.kind(),
                "kind",
                "is not a known kind of record"));
        return;
      }
      Write write;
      try {
        write = kind.get().parse(record);
      } catch (InvalidFieldException e) {
        countRejected(kind.get());
        reject(
            new Reject(
                record.origin(), record.line(), kind.get().kindName(), e.field(), e.reason()));
        return;
      } catch (IllegalArgumentException e) {
        countRejected(kind.get());
        reject(
            new Reject(
                record.origin(), record.line(), kind.get().kindName(), null, e.getMessage()));
        return;
      }
      // Repeated node keys are folded in line order by the node writer; a repeated relationship
      // needs the first one written before the second can be compared with it.
      String identity = write instanceof RelWrite ? identity(write) : null;
      if (batchKind != kind.get()
          || batch.size() >= options.batchSize()
          || (identity != null && batchIdentities.contains(identity))) {
        flush();
        batchKind = kind.get();
      }
      batch.add(write);
      if (identity != null) {
        batchIdentities.add(identity);
      }
    }

    void flush() {
      if (batch.isEmpty()) {
        return;
      }
      dispatcher.dispatch(batchKind, List.copyOf(batch));
      batch.clear();
      batchIdentities.clear();
    }

    /** Called by the dispatcher, from whichever thread wrote the batch. */
    private synchronized void record(ImportKind kind, BatchOutcome outcome) {
      long[] kindCounts = counts.get(kind.kindName());
      kindCounts[0] += outcome.created;
      kindCounts[1] += outcome.updated;
      kindCounts[2] += outcome.unchanged;
      kindCounts[3] += outcome.rejects.size();
      outcome.rejects.forEach(this::reject);
      for (String change : outcome.supervisionChanges) {
        if (supervisionChanges.size() < 10_000) {
          supervisionChanges.add(change);
        }
      }
    }

    void finish() {
      flush();
      dispatcher.close();
    }

    private synchronized void countRejected(ImportKind kind) {
      counts.get(kind.kindName())[3]++;
    }

    private synchronized void reject(Reject reject) {
      if (rejects.size() < options.maxRejectsListed()) {
        rejects.add(reject);
      } else {
        rejectsOmitted++;
      }
    }

    private void reportProgress() {
      long now = System.nanoTime();
      if (now - lastProgress < options.progressEvery().toNanos()) {
        return;
      }
      lastProgress = now;
      Duration elapsed = Duration.ofNanos(now - started);
      double rate = records / Math.max(1e-9, elapsed.toNanos() / 1e9);
      Optional<Double> fraction = Optional.empty();
      Optional<Duration> remaining = Optional.empty();
      if (source.totalBytes() > 0 && source.bytesRead() > 0) {
        double f = Math.min(1.0, (double) source.bytesRead() / source.totalBytes());
        fraction = Optional.of(f);
        remaining = Optional.of(Duration.ofMillis((long) (elapsed.toMillis() * (1 - f) / f)));
      }
      options.progress().accept(new ImportProgress(records, rate, fraction, remaining, elapsed));
    }

    synchronized ImportSummary summary() {
      Map<String, KindCounts> kinds = new LinkedHashMap<>();
      long created = 0;
      long updated = 0;
      long unchanged = 0;
      for (Map.Entry<String, long[]> entry : counts.entrySet()) {
        long[] c = entry.getValue();
        if (c[0] + c[1] + c[2] + c[3] > 0) {
          kinds.put(entry.getKey(), new KindCounts(c[0], c[1], c[2], c[3]));
        }
        created += c[0];
        updated += c[1];
        unchanged += c[2];
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      long rejected = rejects.size() + rejectsOmitted;
      return new ImportSummary(
          kinds,
          records,
          created,
          updated,
          unchanged,
          rejected,
          rejects,
          rejectsOmitted,
          elapsed,
          records / Math.max(1e-9, elapsed.toNanos() / 1e9),
          supervisionChanges,
          provenance.ingestedAt());
    }
  }

  private static String identity(Write write) {
    return switch (write) {
      case NodeWrite n -> n.key();
      case RelWrite r -> RelBatchWriter.identity(r.spec(), r);
    };
  }
}
