package org.riskgraph.graph.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.common.InvalidFieldException;

class ResidentIdTests {

  // The worked example printed in GB 11643-1999, Annex: 11010519491231002X
  @Test
  void acceptsTheStandardsWorkedExampleWithCheckCharacterX() {
    ResidentId id = ResidentId.of("11010519491231002x");

    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id.regionCode()).isEqualTo("110105");
    assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(id.gender()).isEqualTo(Gender.F);
  }

  @Test
  void computesCheckCharacterByIso7064Mod112() {
    // 1*7+1*9+0*10+1*5+0*8+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0*8+0*4+2*2 = 167; 167 mod 11 = 2
    // -> X
    assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(ResidentId.checkCharacter("53232319850612001"))
        .isEqualTo(expectedFor("53232319850612001"));
  }

  @Test
  void rejectsWrongCheckDigitNamingFieldAndValue() {
    assertThatThrownBy(() -> ResidentId.of("110105194912310021"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("idNumber")
        .hasMessageContaining("110105194912310021")
        .hasMessageContaining("should be X");
  }

  @Test
  void rejectsSwappedDigitsBecauseTheCheckDigitNoLongerMatches() {
    String valid = "11010519491231002X";
    String swapped = "11010519491213002X";

    assertThatThrownBy(() -> ResidentId.of(swapped)).isInstanceOf(InvalidFieldException.class);
    assertThat(ResidentId.of(valid).value()).isEqualTo(valid);
  }

  @Test
  void rejectsWrongLengthAndLetters() {
    assertThatThrownBy(() -> ResidentId.of("1101051949123100"))
        .hasMessageContaining("18 characters");
    assertThatThrownBy(() -> ResidentId.of("1101051949123100AX"))
        .hasMessageContaining("must be a digit");
  }

  @Test
  void rejectsImpossibleAndImplausibleBirthDates() {
    String feb30 = "53232319850230001";
    assertThatThrownBy(() -> ResidentId.of(feb30 + ResidentId.checkCharacter(feb30)))
        .hasMessageContaining("impossible birth date");
    // GB 11643's second example, born 1880: a valid checksum but not a living resident
    assertThatThrownBy(() -> ResidentId.of("440524188001010014"))
        .hasMessageContaining("implausible birth date");
    String future = "53232321000101001";
    assertThatThrownBy(() -> ResidentId.of(future + ResidentId.checkCharacter(future)))
        .hasMessageContaining("implausible birth date");
  }

  private static char expectedFor(String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * weights[i];
    }
    return "10X98765432".charAt(sum % 11);
  }
}
