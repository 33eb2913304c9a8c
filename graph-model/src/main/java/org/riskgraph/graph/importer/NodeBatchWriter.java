package org.riskgraph.graph.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;
import org.riskgraph.graph.importer.Write.NodeWrite;
import org.riskgraph.graph.store.GraphStore;

/**
 * Writes a batch of node records: rejects those whose references do not exist, reads what is
 * stored, applies the records in line order to what is stored (so several lines for one key — one
 * per user of a shared phone — act as if imported one after the other), then creates the new nodes,
 * updates the changed and leaves the unchanged alone. A second run of the same file writes nothing.
 */
final class NodeBatchWriter {

  private final GraphStore store;
  private final Duration timeout;
  private final Provenance provenance;
  private final RunState run;

  NodeBatchWriter(GraphStore store, Duration timeout, Provenance provenance, RunState run) {
    this.store = store;
    this.timeout = timeout;
    this.provenance = provenance;
    this.run = run;
  }

  /**
   * @param certainlyNew the run has established that none of these keys can exist yet, so nothing
   *     is read before writing
   */
  BatchOutcome write(NodeSpec spec, List<NodeWrite> batch, boolean certainlyNew) {
    BatchOutcome outcome = new BatchOutcome();
    List<NodeWrite> valid = withExistingReferences(spec, batch, outcome);
    Map<String, State> stored = certainlyNew ? Map.of() : readStored(spec, valid);
    Map<String, State> states = new LinkedHashMap<>();
    Map<String, NodeWrite> lastLine = new HashMap<>();
    Set<String> createdKeys = new LinkedHashSet<>();
    for (NodeWrite write : valid) {
      String key = write.key();
      State current = states.containsKey(key) ? states.get(key) : stored.get(key);
      lastLine.put(key, write);
      if (current == null) {
        states.put(key, State.of(write));
        createdKeys.add(key);
        outcome.created++;
        continue;
      }
      State next = current.apply(spec, write);
      if (next.sameAs(current)) {
        outcome.unchanged++;
        states.putIfAbsent(key, current);
      } else {
        states.put(key, next.markDirty());
        outcome.updated++;
      }
    }
    List<NodeWrite> created = new ArrayList<>();
    List<NodeWrite> changed = new ArrayList<>();
    for (Map.Entry<String, State> entry : states.entrySet()) {
      NodeWrite line = lastLine.get(entry.getKey());
      NodeWrite folded = entry.getValue().asWrite(spec, line);
      if (createdKeys.contains(entry.getKey())) {
        created.add(folded);
      } else if (entry.getValue().dirty) {
        changed.add(folded);
      }
    }
    // Counts were taken per line above; a node the store refuses becomes a reject instead.
    BatchOutcome writes = new BatchOutcome();
    writes.add(
        Resilient.run(created, rows -> run(spec.createQuery(), rows), this::rowsOf, "created"));
    writes.add(
        Resilient.run(changed, rows -> run(spec.updateQuery(), rows), this::rowsOf, "updated"));
    for (Reject refused : writes.rejects) {
      String key = keyOfLine(valid, refused.line());
      if (createdKeys.contains(key)) {
        outcome.created--;
      } else {
        outcome.updated--;
      }
    }
    Set<Long> refused = new HashSet<>();
    writes.rejects.forEach(r -> refused.add(r.line()));
    for (NodeWrite write : created) {
      if (!refused.contains(write.record().line())) {
        run.created("node:" + spec.label(), write.key());
        run.known(spec.label()).add(write.key());
      }
    }
    outcome.rejects.addAll(writes.rejects);
    outcome.supervisionChanges.addAll(writes.supervisionChanges);
    return outcome;
  }

  private static String keyOfLine(List<NodeWrite> writes, long line) {
    return writes.stream()
        .filter(w -> w.record().line() == line)
        .map(NodeWrite::key)
        .findFirst()
        .orElse("");
  }

  private List<NodeWrite> withExistingReferences(
      NodeSpec spec, List<NodeWrite> batch, BatchOutcome outcome) {
    List<Set<String>> found = new ArrayList<>();
    for (int i = 0; i < spec.links().size(); i++) {
      LinkSpec link = spec.links().get(i);
      Set<String> known = run.known(link.targetLabel());
      Set<String> unknown = new LinkedHashSet<>();
      for (NodeWrite write : batch) {
        for (String key : write.links().get(i)) {
          if (!known.contains(key)) {
            unknown.add(key);
          }
        }
      }
      if (!unknown.isEmpty()) {
        known.addAll(existingKeys(link, unknown));
      }
      found.add(known);
    }
    List<NodeWrite> valid = new ArrayList<>(batch.size());
    for (NodeWrite write : batch) {
      Missing missing = firstMissing(spec, write, found);
      if (missing == null) {
        valid.add(write);
      } else {
        LinkSpec link = spec.links().get(missing.slot());
        outcome.reject(
            write.record(),
            link.field(),
            "no " + link.targetLabel() + " with " + link.targetKey() + " '" + missing.key() + "'");
      }
    }
    return valid;
  }

  private record Missing(int slot, String key) {}

  private static Missing firstMissing(NodeSpec spec, NodeWrite write, List<Set<String>> found) {
    for (int i = 0; i < spec.links().size(); i++) {
      for (String key : write.links().get(i)) {
        if (!found.get(i).contains(key)) {
          return new Missing(i, key);
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

  private Map<String, State> readStored(NodeSpec spec, List<NodeWrite> writes) {
    if (writes.isEmpty()) {
      return Map.of();
    }
    boolean fresh = run.labelWasEmpty(spec.label());
    List<String> keys =
        writes.stream()
            .map(NodeWrite::key)
            .distinct()
            .filter(key -> !fresh || run.maybeCreated("node:" + spec.label(), key))
            .toList();
    if (keys.isEmpty()) {
      return Map.of();
    }
    return store.read(
        timeout,
        tx -> {
          Map<String, State> stored = new HashMap<>();
          tx.run(spec.readQuery(), Map.of("keys", keys))
              .forEachRemaining(
                  r ->
                      stored.put(
                          r.get("key").asString(),
                          new State(
                              r.get("props").asMap(),
                              r.get("links").asList(v -> Set.copyOf(v.asList(Value::asString))),
                              false)));
          return stored;
        });
  }

  private List<Map<String, Object>> rowsOf(List<NodeWrite> writes) {
    List<Map<String, Object>> rows = new ArrayList<>(writes.size());
    for (NodeWrite write : writes) {
      Map<String, Object> row = new HashMap<>();
      row.put("key", write.key());
      row.put("props", write.props());
      row.put("links", write.links());
      rows.add(row);
    }
    return rows;
  }

  private void run(String query, List<Map<String, Object>> rows) {
    store.write(timeout, tx -> tx.run(query, provenance.parameters(rows)).consume());
  }

  /** A node as stored or as the lines so far make it: properties and, per link, target keys. */
  private record State(Map<String, Object> props, List<Set<String>> links, boolean dirty) {

    static State of(NodeWrite write) {
      return new State(write.props(), write.links().stream().map(Set::copyOf).toList(), true);
    }

    State apply(NodeSpec spec, NodeWrite write) {
      List<Set<String>> next = new ArrayList<>();
      for (int i = 0; i < spec.links().size(); i++) {
        Set<String> targets = new LinkedHashSet<>(write.links().get(i));
        if (spec.links().get(i).mode() == LinkMode.ADD) {
          targets.addAll(links.get(i));
        }
        next.add(Set.copyOf(targets));
      }
      return new State(write.props(), next, dirty);
    }

    boolean sameAs(State other) {
      return PropertyValues.sameAs(props, other.props) && links.equals(other.links);
    }

    State markDirty() {
      return new State(props, links, true);
    }

    NodeWrite asWrite(NodeSpec spec, NodeWrite line) {
      return new NodeWrite(
          spec, line.record(), line.key(), props, links.stream().map(List::copyOf).toList());
    }
  }
}
