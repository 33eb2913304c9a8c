package org.riskgraph.graph.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstructionStateTests {

  @Test
  void allowsExactlyTheStepsOfTheLoopAndSendingAReportBack() {
    Set<String> allowed = new java.util.TreeSet<>();
    for (InstructionState from : InstructionState.values()) {
      for (InstructionState to : InstructionState.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }

    assertThat(allowed)
        .containsExactlyInAnyOrder(
            "ISSUED>ACKNOWLEDGED",
            "ACKNOWLEDGED>IN_PROGRESS",
            "IN_PROGRESS>REPORTED",
            "REPORTED>VERIFIED",
            "REPORTED>IN_PROGRESS",
            "VERIFIED>CLOSED");
  }

  @Test
  void closedIsFinalAndTheOnlyStateThatIsNotOpen() {
    assertThat(InstructionState.CLOSED.next()).isEmpty();
    assertThat(EnumSet.allOf(InstructionState.class).stream().filter(s -> !s.open()))
        .containsExactly(InstructionState.CLOSED);
  }
}
