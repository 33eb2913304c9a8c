package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.common.InvalidFieldException;

class EventSelectionTests {

  private static final YearMonth OCT = YearMonth.of(2026, 10);

  @Test
  void takesEveryCategoryOfTheKindWhenNoneIsNamed() {
    EventSelection selection = new EventSelection(EventKind.INCIDENTS, List.of(), OCT, OCT);

    assertThat(selection.categories())
        .containsExactly(
            "THEFT",
            "FRAUD",
            "ASSAULT",
            "ROBBERY",
            "DRUGS",
            "TRAFFIC",
            "PUBLIC_ORDER",
            "DISPUTE",
            "OTHER");
  }

  @Test
  void upperCasesCategoriesOnceEachInTheEnumsOrder() {
    EventSelection selection =
        new EventSelection(
            EventKind.DISPUTES, List.of("debt", " LAND ", "Debt"), OCT.minusMonths(2), OCT);

    assertThat(selection.categories()).containsExactly("LAND", "DEBT");
    assertThat(selection.months())
        .containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 9), OCT);
  }

  @Test
  void refusesACategoryOfTheOtherKindOrNone() {
    assertThatThrownBy(() -> new EventSelection(EventKind.DISPUTES, List.of("THEFT"), OCT, OCT))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("categories"))
        .hasMessageContaining("LAND");
    assertThatThrownBy(() -> new EventSelection(EventKind.INCIDENTS, List.of("LAND"), OCT, OCT))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("categories"));
  }

  @Test
  void refusesAPeriodThatRunsBackwardsOrIsLongerThanThirtySixMonths() {
    assertThatThrownBy(
            () -> new EventSelection(EventKind.DISPUTES, List.of(), OCT, OCT.minusMonths(1)))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"));
    assertThatThrownBy(
            () -> new EventSelection(EventKind.DISPUTES, List.of(), OCT.minusMonths(36), OCT))
        .isInstanceOfSatisfying(
            InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("from"))
        .hasMessageContaining("37 months");
    assertThat(new EventSelection(EventKind.DISPUTES, List.of(), OCT.minusMonths(35), OCT).months())
        .hasSize(36);
  }
}
