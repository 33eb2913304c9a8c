package org.riskgraph.graph.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstructionStatisticsTests {

  private static final OffsetDateTime ISSUED =
      OffsetDateTime.of(2026, 10, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));

  @Test
  void computesRatesAndMedianHoursByHand() {
    // A: closed after 10 h, deadline 24 h -> on time; B: closed after 30 h, deadline 24 h -> late;
    // C: closed after 20 h, deadline 48 h -> on time; D: open, deadline passed -> overdue.
    List<Instruction> month =
        List.of(
            instruction("A", "派出所甲", 24, 10),
            instruction("B", "派出所甲", 24, 30),
            instruction("C", "派出所乙", 48, 20),
            instruction("D", "派出所乙", 24, -1));
    OffsetDateTime now = ISSUED.plusDays(5);

    List<AssigneeStats> stats = InstructionStatistics.byAssignee(month, now);

    AssigneeStats all = stats.getFirst();
    assertThat(all.assignee()).isEqualTo("*");
    assertThat(all.issued()).isEqualTo(4);
    assertThat(all.closed()).isEqualTo(3);
    assertThat(all.closedOnTime()).isEqualTo(2);
    assertThat(all.overdue()).isEqualTo(1);
    assertThat(all.closureRate()).hasValue(0.75);
    assertThat(all.onTimeRate()).hasValueSatisfying(r -> assertThat(r).isEqualTo(2.0 / 3));
    assertThat(all.medianHoursToClose()).hasValue(20.0);
    AssigneeStats first = find(stats, "派出所甲");
    assertThat(first.medianHoursToClose()).hasValue(20.0);
    assertThat(first.onTimeRate()).hasValue(0.5);
    AssigneeStats second = find(stats, "派出所乙");
    assertThat(second.closureRate()).hasValue(0.5);
  }

  @Test
  void aMonthWithoutInstructionsHasNoRates() {
    AssigneeStats none = InstructionStatistics.of("*", List.of(), ISSUED);

    assertThat(none.closureRate()).isEmpty();
    assertThat(none.onTimeRate()).isEmpty();
    assertThat(none.medianHoursToClose()).isEmpty();
  }

  private static AssigneeStats find(List<AssigneeStats> stats, String assignee) {
    return stats.stream().filter(s -> s.assignee().equals(assignee)).findFirst().orElseThrow();
  }

  private static Instruction instruction(
      String id, String assignee, int deadlineHours, int closedAfterHours) {
    Optional<OffsetDateTime> closed =
        closedAfterHours < 0 ? Optional.empty() : Optional.of(ISSUED.plusHours(closedAfterHours));
    return new Instruction(
        id,
        "核查",
        "核查情况",
        assignee,
        ISSUED.plusHours(deadlineHours),
        Priority.ROUTINE,
        closed.isPresent() ? InstructionState.CLOSED : InstructionState.IN_PROGRESS,
        "command",
        ISSUED,
        closed,
        List.of(),
        List.of(),
        List.of());
  }
}
