package org.riskgraph.graph.importer;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A folder of CSV files, one per kind, read in the order in which kinds may refer to each other
 * (townships before villages before persons …). The header row names the fields.
 */
final class CsvFolderSource implements RecordSource {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

  private final Deque<Path> files = new ArrayDeque<>();
  private final Deque<SourceLine> pending = new ArrayDeque<>();
  private final long totalBytes;
  private long finishedBytes;
  private CountingInputStream counter;
  private CSVParser parser;
  private Iterator<CSVRecord> records;
  private String currentKind;
  private String currentOrigin;

  CsvFolderSource(Path folder) {
    long total = 0;
    for (ImportKind kind : ImportKind.values()) {
      Path file = folder.resolve(kind.fileName());
      if (Files.isRegularFile(file)) {
        files.add(file);
        total += size(file);
      }
    }
    try (Stream<Path> listing = Files.list(folder)) {
      List<Path> unknown =
          listing
              .filter(p -> p.getFileName().toString().endsWith(".csv"))
              .filter(p -> ImportKind.byFileName(p.getFileName().toString()).isEmpty())
              .sorted()
              .toList();
      for (Path file : unknown) {
        pending.add(
            new MalformedLine(
                file.getFileName().toString(), 0, "not a known import file; skipped"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.totalBytes = total;
  }

  @Override
  public boolean hasNext() {
    while (pending.isEmpty()) {
      if (records != null) {
        CSVRecord record = nextRecord();
        if (record != null) {
          pending.add(toLine(record));
        }
      } else if (!openNextFile()) {
        return false;
      }
    }
    return true;
  }

  /** The next record of the open file, or null at its end or where it becomes unreadable. */
  private CSVRecord nextRecord() {
    try {
      if (!records.hasNext()) {
        records = null;
        return null;
      }
      return records.next();
    } catch (UncheckedIOException | IllegalStateException e) {
      // the rest of this file cannot be read reliably: report it and move on to the next file
      pending.add(
          new MalformedLine(
              currentOrigin,
              parser.getCurrentLineNumber(),
              "unreadable CSV from here on: " + e.getMessage()));
      records = null;
      return null;
    }
  }

  private SourceLine toLine(CSVRecord record) {
    long line = record.getRecordNumber() + 1;
    if (!record.isConsistent()) {
      return new MalformedLine(
          currentOrigin,
          line,
          currentKind,
          "has " + record.size() + " fields but the header has " + parser.getHeaderNames().size());
    }
    Map<String, String> fields = new HashMap<>();
    for (Map.Entry<String, String> entry : record.toMap().entrySet()) {
      if (entry.getValue() != null && !entry.getValue().isEmpty()) {
        fields.put(entry.getKey(), entry.getValue());
      }
    }
    return new RawRecord(currentKind, currentOrigin, line, fields);
  }

  private boolean openNextFile() {
    closeCurrent();
    Path file = files.pollFirst();
    if (file == null) {
      return false;
    }
    currentOrigin = file.getFileName().toString();
    currentKind = ImportKind.byFileName(currentOrigin).orElseThrow().kindName();
    try {
      counter = new CountingInputStream(Files.newInputStream(file));
      Reader reader = new InputStreamReader(counter, StandardCharsets.UTF_8);
      parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
      records = parser.iterator();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      pending.add(new MalformedLine(currentOrigin, 1, "cannot read header: " + e.getMessage()));
      records = null;
    }
    return true;
  }

  private void closeCurrent() {
    if (counter != null) {
      finishedBytes += counter.count();
      counter = null;
    }
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      parser = null;
    }
    records = null;
  }

  @Override
  public SourceLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.removeFirst();
  }

  @Override
  public long bytesRead() {
    return finishedBytes + (counter == null ? 0 : counter.count());
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public void close() {
    closeCurrent();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
