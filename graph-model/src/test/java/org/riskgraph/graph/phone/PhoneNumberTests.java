package org.riskgraph.graph.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhoneNumberTests {

  @Test
  void normalisesCountryCodeSpacesAndDashes() {
    assertThat(PhoneNumber.of("+86 138-0878-1234").value()).isEqualTo("13808781234");
    assertThat(PhoneNumber.of("008613808781234").value()).isEqualTo("13808781234");
    assertThat(PhoneNumber.of("8613808781234").value()).isEqualTo("13808781234");
  }

  @Test
  void acceptsMobileAndLandlineWithAreaCode() {
    assertThat(PhoneNumber.of("13808781234").mobile()).isTrue();
    assertThat(PhoneNumber.of("0878-5212345").mobile()).isFalse();
  }

  @Test
  void rejectsNumbersThatAreNeitherNamingTheValue() {
    assertThatThrownBy(() -> PhoneNumber.of("12345"))
        .hasMessageContaining("number")
        .hasMessageContaining("12345");
    assertThatThrownBy(() -> PhoneNumber.of("1280878123")).hasMessageContaining("mobile");
    assertThatThrownBy(() -> PhoneNumber.of("abc13808781234")).hasMessageContaining("abc");
  }
}
