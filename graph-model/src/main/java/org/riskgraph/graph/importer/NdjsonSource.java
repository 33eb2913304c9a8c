package org.riskgraph.graph.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.StringJoiner;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Newline-delimited JSON: one object per line with a {@code kind} field. Arrays become {@code
 * ;}-separated text, numbers and booleans their text, so that both import doors share one parser.
 * Blank lines are skipped.
 */
final class NdjsonSource implements RecordSource {

  static final int MAX_LINE_CHARS = 1_000_000;
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final String origin;
  private final CountingInputStream counter;
  private final BufferedReader reader;
  private final long totalBytes;
  private long lineNumber;
  private SourceLine next;

  NdjsonSource(InputStream in, String origin, long totalBytes) {
    this.origin = origin;
    this.counter = new CountingInputStream(in);
    this.reader =
        new BufferedReader(new InputStreamReader(counter, StandardCharsets.UTF_8), 1 << 16);
    this.totalBytes = totalBytes;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = readNext();
    }
    return next != null;
  }

  @Override
  public SourceLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    SourceLine line = next;
    next = null;
    return line;
  }

  private SourceLine readNext() {
    try {
      String text;
      while ((text = reader.readLine()) != null) {
        lineNumber++;
        if (!text.isBlank()) {
          return parse(text);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SourceLine parse(String text) {
    if (text.length() > MAX_LINE_CHARS) {
      return new MalformedLine(origin, lineNumber, "line is longer than " + MAX_LINE_CHARS);
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JacksonException e) {
      return new MalformedLine(origin, lineNumber, "not valid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new MalformedLine(origin, lineNumber, "not a JSON object");
    }
    JsonNode kind = node.get("kind");
    if (kind == null || !kind.isString() || kind.asString().isBlank()) {
      return new MalformedLine(origin, lineNumber, "kind: is required");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (field.getKey().equals("kind")) {
        continue;
      }
      JsonNode value = field.getValue();
      if (value.isNull()) {
        continue;
      }
      if (value.isObject()) {
        return new MalformedLine(
            origin, lineNumber, field.getKey() + ": nested objects are not allowed");
      }
      if (value.isArray()) {
        StringJoiner joined = new StringJoiner(";");
        for (JsonNode element : value) {
          if (element.isContainer()) {
            return new MalformedLine(
                origin, lineNumber, field.getKey() + ": lists may hold only plain values");
          }
          joined.add(element.asString());
        }
        fields.put(field.getKey(), joined.toString());
      } else {
        fields.put(field.getKey(), value.asString());
      }
    }
    return new RawRecord(kind.asString(), origin, lineNumber, fields);
  }

  @Override
  public long bytesRead() {
    return counter.count();
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
