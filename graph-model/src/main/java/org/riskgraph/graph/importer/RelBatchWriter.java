package org.riskgraph.graph.importer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.riskgraph.graph.importer.Write.RelWrite;
import org.riskgraph.graph.store.GraphStore;

/**
 * Writes a batch of relationship records of one spec: rejects those whose endpoints do not exist,
 * creates the new facts, updates the changed and leaves the rest alone.
 */
final class RelBatchWriter {

  private final GraphStore store;
  private final Duration timeout;
  private final Provenance provenance;

  RelBatchWriter(GraphStore store, Duration timeout, Provenance provenance) {
    this.store = store;
    this.timeout = timeout;
    this.provenance = provenance;
  }

  BatchOutcome write(RelSpec spec, List<RelWrite> batch) {
    BatchOutcome outcome = new BatchOutcome();
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
    outcome.add(
        Resilient.run(created, rows -> run(spec.createQuery(), rows), this::rowsOf, "created"));
    outcome.add(
        Resilient.run(changed, rows -> run(spec.updateQuery(), rows), this::rowsOf, "updated"));
    return outcome;
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
      row.put("props", provenance.stamp(write.props()));
      rows.add(row);
    }
    return rows;
  }

  private void run(String query, List<Map<String, Object>> rows) {
    store.write(timeout, tx -> tx.run(query, Map.of("rows", rows)).consume());
  }
}
