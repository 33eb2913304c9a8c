package org.riskgraph.graph.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.riskgraph.graph.store.GraphStore;

/**
 * What one import run knows without asking the store again: which labels and relationship types
 * were empty when it began (so that what it has not created itself cannot exist), what it has
 * created, and which keys it has already seen to exist. A fresh load then writes without reading
 * first; anything uncertain takes the careful path that reads and compares.
 */
final class RunState {

  private final Set<String> nonEmptyAtStart = new HashSet<>();
  private final Map<String, LongSet> created = new HashMap<>();
  private final Map<String, Set<String>> known = new ConcurrentHashMap<>();

  RunState(GraphStore store) {
    // one call to the count store: what is there at all, by label and by relationship type
    store.read(
        tx -> {
          Map<String, Object> counts =
              tx.run("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data")
                  .single()
                  .get(0)
                  .asMap();
          for (Object entry : (List<?>) counts.get("nodes")) {
            Map<?, ?> row = (Map<?, ?>) entry;
            if (row.get("label") != null && ((Number) row.get("count")).longValue() > 0) {
              nonEmptyAtStart.add("label:" + row.get("label"));
            }
          }
          for (Object entry : (List<?>) counts.get("relationships")) {
            Map<?, ?> row = (Map<?, ?>) entry;
            if (row.get("relationshipType") != null
                && ((Number) row.get("count")).longValue() > 0) {
              nonEmptyAtStart.add("type:" + row.get("relationshipType"));
            }
          }
          return null;
        });
  }

  boolean labelWasEmpty(String label) {
    return !nonEmptyAtStart.contains("label:" + label);
  }

  boolean typeWasEmpty(String type) {
    return !nonEmptyAtStart.contains("type:" + type);
  }

  /**
   * If every record of the batch is certainly new — its label or type was empty at the start and
   * this run has not made or claimed it — claims them all and returns true; otherwise claims
   * nothing. Claimed batches may be written in parallel with each other.
   */
  synchronized boolean claimIfAllNew(List<Write> batch) {
    List<String[]> identities = new java.util.ArrayList<>(batch.size());
    java.util.Set<String> inBatch = new java.util.HashSet<>();
    for (Write write : batch) {
      String[] identity =
          switch (write) {
            case Write.NodeWrite n ->
                labelWasEmpty(n.spec().label())
                    ? new String[] {"node:" + n.spec().label(), n.key()}
                    : null;
            case Write.RelWrite r ->
                typeWasEmpty(r.spec().type())
                    ? new String[] {"rel:" + r.spec().type(), RelBatchWriter.identity(r.spec(), r)}
                    : null;
          };
      if (identity == null || maybeCreated(identity[0], identity[1])) {
        return false;
      }
      if (inBatch.add(identity[0] + '\u0000' + identity[1])) {
        identities.add(identity);
      }
    }
    identities.forEach(identity -> created(identity[0], identity[1]));
    return true;
  }

  /**
   * Whether this run may have created the node or fact (a fingerprint may collide: then "maybe").
   */
  synchronized boolean maybeCreated(String space, String identity) {
    LongSet set = created.get(space);
    return set != null && set.contains(LongSet.fingerprint(identity));
  }

  synchronized void created(String space, String identity) {
    created.computeIfAbsent(space, s -> new LongSet()).add(LongSet.fingerprint(identity));
  }

  Set<String> known(String label) {
    return known.computeIfAbsent(label, l -> ConcurrentHashMap.newKeySet());
  }
}
