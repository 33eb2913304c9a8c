package org.riskgraph.graph.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.common.InvalidFieldException;

class PersonTests {

  private static final ResidentId FEMALE_1949 = ResidentId.of("11010519491231002X");

  @Test
  void takesGenderAndBirthDateFromTheIdWhenMissing() {
    Person person = new Person("P1", "张伟", FEMALE_1949, null, null, "V01");

    assertThat(person.gender()).isEqualTo(Gender.F);
    assertThat(person.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
  }

  @Test
  void rejectsGenderThatDisagreesWithTheId() {
    assertThatThrownBy(() -> new Person("P1", "张伟", FEMALE_1949, Gender.M, null, null))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("gender")
        .hasMessageContaining("encodes F");
  }

  @Test
  void rejectsBirthDateThatDisagreesWithTheId() {
    assertThatThrownBy(
            () -> new Person("P1", "张伟", FEMALE_1949, null, LocalDate.of(1950, 1, 1), null))
        .hasMessageContaining("birthDate")
        .hasMessageContaining("1949-12-31");
  }

  @Test
  void requiresIdAndName() {
    assertThatThrownBy(() -> new Person(" ", "张伟", null, null, null, null))
        .hasMessageStartingWith("id:");
    assertThatThrownBy(() -> new Person("P1", "", null, null, null, null))
        .hasMessageStartingWith("name:");
  }

  @Test
  void parsesGenderInChineseAndEnglish() {
    assertThat(Gender.parse("男")).isEqualTo(Gender.M);
    assertThat(Gender.parse("female")).isEqualTo(Gender.F);
    assertThatThrownBy(() -> Gender.parse("X")).hasMessageContaining("gender");
  }
}
