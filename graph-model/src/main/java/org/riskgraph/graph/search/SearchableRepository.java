package org.riskgraph.graph.search;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.riskgraph.graph.store.GraphStore;

/**
 * Reads the searchable nodes of the graph kind by kind, in key order and in batches, each batch in
 * a read transaction of its own, so that no transaction lives as long as a county's read; or those
 * an import changed. A node whose stored values no longer parse comes back {@link Unreadable} and
 * does not stop the rest.
 */
public final class SearchableRepository {

  private static final String CHANGED_VILLAGES =
      """
      MATCH (v:Village) WHERE v.ingestedAt = $ingestedAt RETURN collect(v.code) AS codes
      """;

  private final GraphStore store;

  public SearchableRepository(GraphStore store) {
    this.store = store;
  }

  /** How many nodes of the kind the graph holds. */
  public long count(SearchableKind kind) {
    return store.read(tx -> tx.run(kind.count()).single().get("n").asLong());
  }

  /** Up to {@code limit} nodes of the kind whose key sorts after {@code after}, in key order. */
  public SearchableBatch page(SearchableKind kind, String after, int limit) {
    List<Record> rows =
        store.read(tx -> tx.run(kind.page(), Map.of("after", after, "limit", limit)).list());
    return batch(kind, rows);
  }

  /** The nodes of the kind with these keys that exist. */
  public SearchableBatch byKeys(SearchableKind kind, Collection<String> keys) {
    List<Record> rows =
        store.read(tx -> tx.run(kind.byKeys(), Map.of("keys", List.copyOf(keys))).list());
    return batch(kind, rows);
  }

  /** The codes of the villages an import stamped {@code ingestedAt}. */
  public List<String> changedVillages(OffsetDateTime ingestedAt) {
    return store.read(
        tx ->
            tx.run(CHANGED_VILLAGES, Map.of("ingestedAt", ingestedAt))
                .single()
                .get("codes")
                .asList(Value::asString));
  }

  /**
   * Keys of the nodes of the kind an import stamped {@code ingestedAt}, and of those lying in one
   * of {@code villages}.
   */
  public List<String> changedKeys(
      SearchableKind kind, OffsetDateTime ingestedAt, Collection<String> villages) {
    return store.read(
        tx ->
            tx.run(
                    kind.changedKeys(),
                    Map.of("ingestedAt", ingestedAt, "villages", List.copyOf(villages)))
                .list(row -> row.get("key").asString()));
  }

  static SearchableBatch batch(SearchableKind kind, List<Record> rows) {
    List<Searchable> entities = new ArrayList<>(rows.size());
    List<Unreadable> unreadable = new ArrayList<>();
    for (Record row : rows) {
      try {
        entities.add(kind.searchable(row));
      } catch (RuntimeException e) {
        unreadable.add(
            new Unreadable(kind.kind(), SearchableKind.key(row).orElse("?"), e.getMessage()));
      }
    }
    Optional<String> last = rows.isEmpty() ? Optional.empty() : SearchableKind.key(rows.getLast());
    return new SearchableBatch(entities, unreadable, last, rows.size());
  }
}
