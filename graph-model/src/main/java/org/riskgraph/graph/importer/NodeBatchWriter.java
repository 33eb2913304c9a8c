package org.riskgraph.graph.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;
import org.riskgraph.graph.importer.Write.NodeWrite;
import org.riskgraph.graph.store.GraphStore;

/**
 * Writes a batch of node records: rejects those whose references do not exist, reads what is
 * stored, creates the new, updates the changed and leaves the unchanged alone — so a second run of
 * the same file writes nothing.
 */
final class NodeBatchWriter {

  private final GraphStore store;
  private final Duration timeout;
  private final Provenance provenance;

  NodeBatchWriter(GraphStore store, Duration timeout, Provenance provenance) {
    this.store = store;
    this.timeout = timeout;
    this.provenance = provenance;
  }

  BatchOutcome write(NodeSpec spec, List<NodeWrite> batch) {
    BatchOutcome outcome = new BatchOutcome();
    List<NodeWrite> valid = withExistingReferences(spec, batch, outcome);
    Map<String, Stored> stored = readStored(spec, valid);
    List<NodeWrite> created = new ArrayList<>();
    List<NodeWrite> changed = new ArrayList<>();
    for (NodeWrite write : valid) {
      Stored existing = stored.get(write.key());
      if (existing == null) {
        created.add(write);
      } else if (existing.sameAs(spec, write)) {
        outcome.unchanged++;
      } else {
        changed.add(write);
      }
    }
    outcome.add(
        Resilient.run(created, rows -> run(spec.createQuery(), rows), this::rowsOf, "created"));
    outcome.add(
        Resilient.run(changed, rows -> run(spec.updateQuery(), rows), this::rowsOf, "updated"));
    return outcome;
  }

  private List<NodeWrite> withExistingReferences(
      NodeSpec spec, List<NodeWrite> batch, BatchOutcome outcome) {
    List<Set<String>> found = new ArrayList<>();
    for (int i = 0; i < spec.links().size(); i++) {
      LinkSpec link = spec.links().get(i);
      Set<String> wanted = new LinkedHashSet<>();
      for (NodeWrite write : batch) {
        wanted.addAll(write.links().get(i));
      }
      found.add(wanted.isEmpty() ? Set.of() : existingKeys(link, wanted));
    }
    List<NodeWrite> valid = new ArrayList<>(batch.size());
    for (NodeWrite write : batch) {
      String missing = firstMissing(spec, write, found);
      if (missing == null) {
        valid.add(write);
      }
    }
    for (NodeWrite write : batch) {
      String missing = firstMissing(spec, write, found);
      if (missing != null) {
        int slot = Integer.parseInt(missing.substring(0, missing.indexOf(':')));
        LinkSpec link = spec.links().get(slot);
        outcome.reject(
            write.record(),
            link.field(),
            "no "
                + link.targetLabel()
                + " with "
                + link.targetKey()
                + " '"
                + missing.substring(missing.indexOf(':') + 1)
                + "'");
      }
    }
    return valid;
  }

  private static String firstMissing(NodeSpec spec, NodeWrite write, List<Set<String>> found) {
    for (int i = 0; i < spec.links().size(); i++) {
      for (String key : write.links().get(i)) {
        if (!found.get(i).contains(key)) {
          return i + ":" + key;
        }
      }
    }
    return null;
  }

  private Set<String> existingKeys(LinkSpec link, Set<String> keys) {
    return store.read(
        timeout,
        tx ->
            new HashSet<>(
                tx.run(
                        NodeSpec.existingKeysQuery(link.targetLabel(), link.targetKey()),
                        Map.of("keys", List.copyOf(keys)))
                    .single()
                    .get("found")
                    .asList(Value::asString)));
  }

  private Map<String, Stored> readStored(NodeSpec spec, List<NodeWrite> writes) {
    if (writes.isEmpty()) {
      return Map.of();
    }
    List<String> keys = writes.stream().map(NodeWrite::key).toList();
    return store.read(
        timeout,
        tx -> {
          Map<String, Stored> stored = new HashMap<>();
          tx.run(spec.readQuery(), Map.of("keys", keys))
              .forEachRemaining(
                  r ->
                      stored.put(
                          r.get("key").asString(),
                          new Stored(
                              r.get("props").asMap(),
                              r.get("links").asList(v -> v.asList(Value::asString)))));
          return stored;
        });
  }

  private List<Map<String, Object>> rowsOf(List<NodeWrite> writes) {
    List<Map<String, Object>> rows = new ArrayList<>(writes.size());
    for (NodeWrite write : writes) {
      Map<String, Object> row = new HashMap<>();
      row.put("key", write.key());
      row.put("props", provenance.stamp(write.props()));
      row.put("links", write.links());
      rows.add(row);
    }
    return rows;
  }

  private void run(String query, List<Map<String, Object>> rows) {
    store.write(timeout, tx -> tx.run(query, Map.of("rows", rows)).consume());
  }

  /** A stored node: its properties and, per link of the spec, its targets' keys. */
  private record Stored(Map<String, Object> props, List<List<String>> links) {

    boolean sameAs(NodeSpec spec, NodeWrite write) {
      if (!PropertyValues.sameAs(write.props(), props)) {
        return false;
      }
      for (int i = 0; i < spec.links().size(); i++) {
        Set<String> have = new HashSet<>(links.get(i));
        Set<String> want = new HashSet<>(write.links().get(i));
        boolean same =
            spec.links().get(i).mode() == LinkMode.REPLACE
                ? have.equals(want)
                : have.containsAll(want);
        if (!same) {
          return false;
        }
      }
      return true;
    }
  }
}
