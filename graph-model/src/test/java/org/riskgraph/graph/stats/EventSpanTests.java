package org.riskgraph.graph.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventSpanTests {

  private static Optional<OffsetDateTime> at(String time) {
    return Optional.of(OffsetDateTime.parse(time));
  }

  @Test
  void firstAndLastDayAreTheEarliestAndLatestOfIncidentsAndDisputes() {
    EventSpan span =
        new EventSpan(
            at("2026-02-01T10:00+08:00"),
            at("2026-10-14T08:00+08:00"),
            at("2026-01-15T09:00+08:00"),
            at("2026-11-02T09:00+08:00"));

    assertThat(span.firstDay()).contains(LocalDate.of(2026, 1, 15));
    assertThat(span.lastDay()).contains(LocalDate.of(2026, 11, 2));
  }

  @Test
  void oneKindAloneGivesItsDaysAndNeitherGivesNone() {
    EventSpan incidentsOnly =
        new EventSpan(
            at("2026-02-01T10:00+08:00"),
            at("2026-03-01T10:00+08:00"),
            Optional.empty(),
            Optional.empty());
    EventSpan none =
        new EventSpan(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    assertThat(incidentsOnly.firstDay()).contains(LocalDate.of(2026, 2, 1));
    assertThat(incidentsOnly.lastDay()).contains(LocalDate.of(2026, 3, 1));
    assertThat(none.firstDay()).isEmpty();
    assertThat(none.lastDay()).isEmpty();
  }
}
