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
import org.riskgraph.graph.importer.Write.RelWrite;
import org.riskgraph.graph.store.GraphStore;

/**
 * Writes a batch of relationship records of one spec: rejects those whose endpoints do not exist,
 * creates the new facts, updates the changed and leaves the rest alone.
 *
 * <p>A fact whose type had no relationships when the run began, and which this run has not made,
 * cannot exist: it is created without reading first (the fast path of a fresh load). Everything
 * else is read and compared first.
 */
final class RelBatchWriter {

  private final GraphStore store;
  private final Duration timeout;
  private final Provenance provenance;
  private final RunState run;

  RelBatchWriter(GraphStore store, Duration timeout, Provenance provenance, RunState run) {
    this.store = store;
    this.timeout = timeout;
    this.provenance = provenance;
    this.run = run;
  }

  /**
   * @param allNew the run has established that none of these facts can exist yet
   */
  BatchOutcome write(RelSpec spec, List<RelWrite> batch, boolean allNew) {
    BatchOutcome outcome = new BatchOutcome();
    boolean fresh = run.typeWasEmpty(spec.type());
    List<RelWrite> certainlyNew = new ArrayList<>();
    List<RelWrite> uncertain = new ArrayList<>();
    for (RelWrite write : batch) {
      if (allNew || fresh && !run.maybeCreated(space(spec), identity(spec, write))) {
        certainlyNew.add(write);
      } else {
        uncertain.add(write);
      }
    }
    outcome.add(writeNew(spec, certainlyNew));
    outcome.add(writeUncertain(spec, uncertain));
    return outcome;
  }

  private BatchOutcome writeNew(RelSpec spec, List<RelWrite> writes) {
    BatchOutcome outcome = new BatchOutcome();
    if (writes.isEmpty()) {
      return outcome;
    }
    Set<String> from =
        existing(spec.fromLabel(), spec.fromKey(), writes.stream().map(RelWrite::from).toList());
    Set<String> to =
        existing(spec.toLabel(), spec.toKey(), writes.stream().map(RelWrite::to).toList());
    List<RelWrite> valid = new ArrayList<>(writes.size());
    for (RelWrite write : writes) {
      if (!from.contains(write.from())) {
        outcome.reject(write.record(), spec.fromField(), missing(spec.fromLabel(), write.from()));
      } else if (!to.contains(write.to())) {
        outcome.reject(write.record(), spec.toField(), missing(spec.toLabel(), write.to()));
      } else {
        valid.add(write);
      }
    }
    BatchOutcome written =
        Resilient.run(valid, rows -> run(spec.createNewQuery(), rows), this::rowsOf, "created");
    remember(spec, valid, written);
    outcome.add(written);
    return outcome;
  }

  private BatchOutcome writeUncertain(RelSpec spec, List<RelWrite> batch) {
    BatchOutcome outcome = new BatchOutcome();
    if (batch.isEmpty()) {
      return outcome;
    }
    List<Map<String, Object>> probe = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      RelWrite write = batch.get(i);
      probe.add(Map.of("i", i, "from", write.from(), "to", write.to(), "props", write.props()));
    }
    List<RelWrite> created = new ArrayList<>();
    List<RelWrite> changed = new ArrayList<>();
    store.read(
        timeout,
        tx -> {
          tx.run(spec.readQuery(), Map.of("rows", probe))
              .forEachRemaining(
                  r -> {
                    RelWrite write = batch.get(r.get("i").asInt());
                    Value existing = r.get("existing");
                    if (!r.get("hasFrom").asBoolean()) {
                      outcome.reject(
                          write.record(),
                          spec.fromField(),
                          missing(spec.fromLabel(), write.from()));
                    } else if (!r.get("hasTo").asBoolean()) {
                      outcome.reject(
                          write.record(), spec.toField(), missing(spec.toLabel(), write.to()));
                    } else if (existing.isNull()) {
                      created.add(write);
                    } else if (PropertyValues.sameAs(write.props(), existing.asMap())) {
                      outcome.unchanged++;
                    } else {
                      changed.add(write);
                    }
                  });
          return null;
        });
    BatchOutcome written =
        Resilient.run(created, rows -> run(spec.createQuery(), rows), this::rowsOf, "created");
    remember(spec, created, written);
    outcome.add(written);
    outcome.add(
        Resilient.run(changed, rows -> run(spec.updateQuery(), rows), this::rowsOf, "updated"));
    return outcome;
  }

  /** Which of the keys exist, asking the store only about those this run has not seen yet. */
  private Set<String> existing(String label, String key, List<String> keys) {
    Set<String> known = run.known(label);
    Set<String> unknown = new LinkedHashSet<>();
    for (String k : keys) {
      if (!known.contains(k)) {
        unknown.add(k);
      }
    }
    if (!unknown.isEmpty()) {
      known.addAll(
          store.read(
              timeout,
              tx ->
                  new HashSet<>(
                      tx.run(
                              NodeSpec.existingKeysQuery(label, key),
                              Map.of("keys", List.copyOf(unknown)))
                          .single()
                          .get("found")
                          .asList(Value::asString))));
    }
    return known;
  }

  private void remember(RelSpec spec, List<RelWrite> writes, BatchOutcome written) {
    Set<Long> refused = new HashSet<>();
    written.rejects.forEach(r -> refused.add(r.line()));
    for (RelWrite write : writes) {
      if (!refused.contains(write.record().line())) {
        run.created(space(spec), identity(spec, write));
      }
    }
  }

  private static String space(RelSpec spec) {
    return "rel:" + spec.type();
  }

  /** Endpoints and identity properties: what makes two records the same fact. */
  static String identity(RelSpec spec, RelWrite write) {
    StringBuilder identity = new StringBuilder(64);
    String a = write.from();
    String b = write.to();
    if (spec.undirected() && a.compareTo(b) > 0) {
      String swap = a;
      a = b;
      b = swap;
    }
    identity.append(spec.fromLabel()).append('\u0000').append(a).append('\u0000').append(b);
    for (String property : spec.identity()) {
      identity.append('\u0000').append(write.props().get(property));
    }
    return identity.toString();
  }

  private static String missing(String label, String key) {
    return "no " + label + " '" + key + "'";
  }

  private List<Map<String, Object>> rowsOf(List<RelWrite> writes) {
    List<Map<String, Object>> rows = new ArrayList<>(writes.size());
    for (RelWrite write : writes) {
      Map<String, Object> row = new HashMap<>();
      row.put("from", write.from());
      row.put("to", write.to());
      row.put("props", write.props());
      rows.add(row);
    }
    return rows;
  }

  private void run(String query, List<Map<String, Object>> rows) {
    store.write(timeout, tx -> tx.run(query, provenance.parameters(rows)).consume());
  }
}
