package org.riskgraph.graph.importer;

import java.util.ArrayList;
import java.util.List;

/** What one batch did: counts and the rejects it produced. */
final class BatchOutcome {

  long created;
  long updated;
  long unchanged;
  final List<Reject> rejects = new ArrayList<>();

  /** Supervision records (controls and their events) created or changed, as {@code kind:key}. */
  final List<String> supervisionChanges = new ArrayList<>();

  void reject(RawRecord record, String field, String reason) {
    rejects.add(new Reject(record.origin(), record.line(), record.kind(), field, reason));
  }

  void add(BatchOutcome other) {
    created += other.created;
    updated += other.updated;
    unchanged += other.unchanged;
    rejects.addAll(other.rejects);
    supervisionChanges.addAll(other.supervisionChanges);
  }
}
