package org.riskgraph.graph.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeBoundsTests {

  private static long millis(String time) {
    return OffsetDateTime.parse(time).toInstant().toEpochMilli();
  }

  @Test
  void daysRunFromShanghaiMidnightToShanghaiMidnightWithADayMoreForTheIndex() {
    Map<String, Object> p = TimeBounds.days(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 8));

    assertThat(p.get("fromMillis")).isEqualTo(millis("2026-09-30T16:00:00Z"));
    assertThat(p.get("toMillis")).isEqualTo(millis("2026-10-07T16:00:00Z"));
    assertThat(((ZonedDateTime) p.get("indexFrom")).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(((ZonedDateTime) p.get("indexTo")).toLocalDate())
        .isEqualTo(LocalDate.of(2026, 10, 9));
  }

  @Test
  void monthsGiveTheFirstInstantOfEachShanghaiMonth() {
    Map<String, Object> p =
        TimeBounds.months(List.of(YearMonth.of(2026, 5), YearMonth.of(2026, 6)));

    assertThat(p.get("monthStartMillis"))
        .isEqualTo(List.of(millis("2026-04-30T16:00:00Z"), millis("2026-05-31T16:00:00Z")));
    assertThat(p.get("startMillis")).isEqualTo(millis("2026-04-30T16:00:00Z"));
    assertThat(p.get("endMillis")).isEqualTo(millis("2026-06-30T16:00:00Z"));
  }
}
