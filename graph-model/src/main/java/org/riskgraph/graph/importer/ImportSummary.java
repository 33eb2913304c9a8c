package org.riskgraph.graph.importer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one import: counts per kind, every reject (up to a cap) with its line and reason,
 * and the throughput.
 *
 * @param rejectsOmitted how many rejects were counted but not listed
 * @param supervisionChanges controls and control events created or changed ({@code kind:key}, at
 *     most 10,000), for the audit trail
 * @param ingestedAt the {@code ingestedAt} stamp on every node and relationship this import created
 *     or changed: {@code WHERE n.ingestedAt = $ingestedAt} finds them (to update a search index,
 *     say)
 */
public record ImportSummary(
    Map<String, KindCounts> kinds,
    long records,
    long created,
    long updated,
    long unchanged,
    long rejected,
    List<Reject> rejects,
    long rejectsOmitted,
    Duration elapsed,
    double recordsPerSecond,
    List<String> supervisionChanges,
    java.time.OffsetDateTime ingestedAt) {

  public ImportSummary {
    kinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
    rejects = List.copyOf(rejects);
    supervisionChanges = List.copyOf(supervisionChanges);
  }

  /** Counts for a kind ({@code Person}, {@code Sighting} …); zeros if none were read. */
  public KindCounts kind(String name) {
    return kinds.getOrDefault(name, new KindCounts(0, 0, 0, 0));
  }
}
