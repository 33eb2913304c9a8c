package org.riskgraph.graph.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IngestStampsTest {

  @Test
  void importsWithinOneMillisecondGetDistinctIncreasingStamps() {
    // Given a clock that stands still
    IngestStamps stamps =
        new IngestStamps(Clock.fixed(Instant.parse("2026-03-01T02:03:04.005678Z"), ZoneOffset.UTC));

    // When three imports start at the same instant
    OffsetDateTime first = stamps.next();
    OffsetDateTime second = stamps.next();
    OffsetDateTime third = stamps.next();

    // Then the first is the instant in China time to the millisecond, the others a millisecond
    // apart
    assertThat(first).isEqualTo(OffsetDateTime.parse("2026-03-01T10:03:04.005+08:00"));
    assertThat(second).isEqualTo(first.plusNanos(1_000_000));
    assertThat(third).isEqualTo(second.plusNanos(1_000_000));
  }
}
