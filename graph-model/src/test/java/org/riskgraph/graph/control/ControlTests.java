package org.riskgraph.graph.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.common.InvalidFieldException;

class ControlTests {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  @Test
  void rejectsControlWithoutLegalBasis() {
    assertThatThrownBy(() -> control(" ", START, START.plusMonths(6)))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageStartingWith("legalBasis:")
        .hasMessageContaining("required");
  }

  @Test
  void rejectsControlWithoutEndDate() {
    assertThatThrownBy(() -> control("《社区矫正法》第十七条", START, null)).hasMessageStartingWith("endsOn:");
  }

  @Test
  void rejectsEndDateNotAfterStart() {
    assertThatThrownBy(() -> control("《社区矫正法》第十七条", START, START))
        .hasMessageStartingWith("endsOn:")
        .hasMessageContaining("2026-01-01");
  }

  @Test
  void isActiveOnlyBetweenStartAndEnd() {
    Control control = control("《社区矫正法》第十七条", START, START.plusMonths(6));

    assertThat(control.activeOn(START)).isTrue();
    assertThat(control.activeOn(START.plusMonths(6))).isTrue();
    assertThat(control.activeOn(START.plusMonths(6).plusDays(1))).isFalse();
    assertThat(control.activeOn(START.minusDays(1))).isFalse();
  }

  private static Control control(String basis, LocalDate start, LocalDate end) {
    return new Control("C1", "P1", ControlCategory.PAROLE, "A", basis, start, end, "B001");
  }
}
