package org.riskgraph.graph.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlateTests {

  @Test
  void normalisesCaseSpacesDotsAndFullWidthCharacters() {
    assertThat(Plate.of(" 云e·123 45 ").value()).isEqualTo("云E12345");
    assertThat(Plate.of("云Ｅ１２３４５").value()).isEqualTo("云E12345");
    assertThat(Plate.of("云E-12345").value()).isEqualTo("云E12345");
  }

  @ParameterizedTest
  @ValueSource(strings = {"云E12345", "云EA1234", "京A12345", "云ED12345", "云E12345D", "云E1234学"})
  void recognisesChineseCivilPlates(String text) {
    assertThat(Plate.of(text).civil()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"WJ12345", "ABC123", "云I12345", "云E1234", "X云E12345"})
  void keepsOtherFormatsButMarksThemNotCivil(String text) {
    Plate plate = Plate.of(text);

    assertThat(plate.civil()).isFalse();
    assertThat(plate.value()).isEqualTo(Plate.normalise(text));
  }

  @Test
  void rejectsEmptyAndImplausiblePlatesNamingTheValue() {
    assertThatThrownBy(() -> Plate.of("")).hasMessageContaining("plate");
    assertThatThrownBy(() -> Plate.of("云E12345;DROP")).hasMessageContaining("云E12345;DROP");
    assertThatThrownBy(() -> Plate.of("A1")).hasMessageContaining("3 to 12");
  }
}
