package org.riskgraph.api.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.riskgraph.analysis.reports.IsoWeek;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;

class ParameterConvertersTests {

  @Test
  void convertsEachValueTypeAndLeavesBlankAsNoValue() {
    assertThat(ParameterConfiguration.month().convert(" 2026-10 "))
        .isEqualTo(YearMonth.of(2026, 10));
    assertThat(ParameterConfiguration.week().convert("2026-w42")).isEqualTo(new IsoWeek(2026, 42));
    assertThat(ParameterConfiguration.day().convert("2026-10-14"))
        .isEqualTo(LocalDate.of(2026, 10, 14));
    assertThat(ParameterConfiguration.entity().convert("vehicle:云E 12345"))
        .isEqualTo(new EntityRef(EntityKind.VEHICLE, "云E12345"));
    assertThat(ParameterConfiguration.lang().convert("en")).isEqualTo(Lang.EN);
    assertThat(ParameterConfiguration.month().convert("  ")).isNull();
  }

  @Test
  void aValueOfTheWrongShapeGivesItsTypesOneMessage() {
    assertThatThrownBy(() -> ParameterConfiguration.month().convert("2026-13"))
        .isInstanceOf(ParameterFormatException.class)
        .hasMessage("a month looks like 2026-10");
    assertThatThrownBy(() -> ParameterConfiguration.month().convert("Oct 2026"))
        .hasMessage("a month looks like 2026-10");
    assertThatThrownBy(() -> ParameterConfiguration.week().convert("2026-W60"))
        .hasMessage("a week looks like 2026-W42 (week 1 to 52, or 53)");
    assertThatThrownBy(() -> ParameterConfiguration.day().convert("2026-02-30"))
        .hasMessage("a day looks like 2026-10-14");
    assertThatThrownBy(() -> ParameterConfiguration.entity().convert("P000123"))
        .hasMessage("an entity looks like kind:key, e.g. person:P000123");
    assertThatThrownBy(() -> ParameterConfiguration.lang().convert("fr"))
        .hasMessage("a language is zh or en");
  }
}
