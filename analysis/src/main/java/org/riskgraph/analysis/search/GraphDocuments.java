package org.riskgraph.analysis.search;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.riskgraph.graph.store.GraphStore;

/**
 * Reads the searchable entities of the graph — persons with their village's name, vehicles, phones,
 * incidents and disputes with theirs — as {@link SearchDocument}s, batch by batch, each batch in
 * its own read transaction so that no transaction lives as long as a county's read. A node the
 * documents cannot represent (a stored value that no longer validates) is skipped and reported, not
 * allowed to stop the rest.
 */
public final class GraphDocuments {

  public static final int DEFAULT_BATCH = 5_000;

  private static final String CHANGED_VILLAGES =
      """
      MATCH (v:Village) WHERE v.ingestedAt = $ingestedAt RETURN collect(v.code) AS codes
      """;

  private static final int PROBLEMS_KEPT = 10;

  private final GraphStore store;
  private final int batch;

  public GraphDocuments(GraphStore store) {
    this(store, DEFAULT_BATCH);
  }

  public GraphDocuments(GraphStore store, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be positive: " + batch);
    }
    this.store = store;
    this.batch = batch;
  }

  /**
   * What a read fed: documents handed to the sink, nodes skipped, and the first few reasons.
   *
   * @param problems up to ten {@code kind:key: reason} lines
   */
  public record Feed(long documents, long skipped, List<String> problems) {

    public Feed {
      problems = List.copyOf(problems);
    }
  }

  /** How many searchable nodes the graph holds. */
  public long count() {
    long total = 0;
    for (DocumentSource source : DocumentSource.values()) {
      total += store.read(tx -> tx.run(source.count()).single().get("n").asLong());
    }
    return total;
  }

  /** Every searchable entity of the graph, kind by kind in key order, in batches. */
  public Feed readAll(Consumer<List<SearchDocument>> sink) {
    Tally tally = new Tally();
    for (DocumentSource source : DocumentSource.values()) {
      String after = "";
      while (true) {
        String from = after;
        List<Record> rows =
            store.read(tx -> tx.run(source.page(), Map.of("after", from, "limit", batch)).list());
        if (rows.isEmpty()) {
          break;
        }
        sink.accept(tally.documents(source, rows));
        after = rows.getLast().get("key").asString();
        if (rows.size() < batch) {
          break;
        }
      }
    }
    return tally.feed();
  }

  /**
   * The entities an import created or changed — the nodes stamped with its {@code ingestedAt} — and
   * the persons, incidents and disputes of any village it changed, in batches.
   */
  public Feed readChanged(OffsetDateTime ingestedAt, Consumer<List<SearchDocument>> sink) {
    Tally tally = new Tally();
    List<String> villages =
        store.read(
            tx ->
                tx.run(CHANGED_VILLAGES, Map.of("ingestedAt", ingestedAt))
                    .single()
                    .get("codes")
                    .asList(Value::asString));
    for (DocumentSource source : DocumentSource.values()) {
      List<String> keys =
          store.read(
              tx ->
                  tx.run(
                          source.changedKeys(),
                          Map.of("ingestedAt", ingestedAt, "villages", villages))
                      .list(row -> row.get("key").asString()));
      for (int from = 0; from < keys.size(); from += batch) {
        List<String> some = keys.subList(from, Math.min(keys.size(), from + batch));
        List<Record> rows = store.read(tx -> tx.run(source.byKeys(), Map.of("keys", some)).list());
        sink.accept(tally.documents(source, rows));
      }
    }
    return tally.feed();
  }

  private static final class Tally {
    private long documents;
    private long skipped;
    private final List<String> problems = new ArrayList<>();

    List<SearchDocument> documents(DocumentSource source, List<Record> rows) {
      List<SearchDocument> out = new ArrayList<>(rows.size());
      for (Record row : rows) {
        try {
          out.add(source.document(row));
        } catch (RuntimeException e) {
          skipped++;
          if (problems.size() < PROBLEMS_KEPT) {
            problems.add(
                source.kind().urlName()
                    + ":"
                    + row.get("key").asString("?")
                    + ": "
                    + e.getMessage());
          }
        }
      }
      documents += out.size();
      return out;
    }

    Feed feed() {
      return new Feed(documents, skipped, problems);
    }
  }
}
