package org.riskgraph.graph.stats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The first and last incident and dispute in the store, each absent when there is none. */
public record EventSpan(
    Optional<OffsetDateTime> firstIncident,
    Optional<OffsetDateTime> lastIncident,
    Optional<OffsetDateTime> firstDispute,
    Optional<OffsetDateTime> lastDispute) {

  /** The Shanghai day of the first incident or dispute, whichever came first. */
  public Optional<LocalDate> firstDay() {
    return earlier(day(firstIncident), day(firstDispute), true);
  }

  /** The Shanghai day of the last incident or dispute, whichever came last. */
  public Optional<LocalDate> lastDay() {
    return earlier(day(lastIncident), day(lastDispute), false);
  }

  private static Optional<LocalDate> day(Optional<OffsetDateTime> time) {
    return time.map(OffsetDateTime::toLocalDate);
  }

  private static Optional<LocalDate> earlier(
      Optional<LocalDate> incident, Optional<LocalDate> dispute, boolean first) {
    if (incident.isEmpty()) {
      return dispute;
    }
    if (dispute.isEmpty()) {
      return incident;
    }
    boolean incidentWins =
        first ? incident.get().isBefore(dispute.get()) : incident.get().isAfter(dispute.get());
    return incidentWins ? incident : dispute;
  }
}
