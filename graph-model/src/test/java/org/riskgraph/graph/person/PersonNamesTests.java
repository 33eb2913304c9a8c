package org.riskgraph.graph.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTests {

  @Test
  void dropsSpacesAndTheSeparatorsOfTranscribedNames() {
    assertThat(PersonNames.normalise("阿不都·热合曼")).isEqualTo("阿不都热合曼");
    assertThat(PersonNames.normalise(" 张 伟 ")).isEqualTo("张伟");
    assertThat(PersonNames.normalise("Zhang-Wei")).isEqualTo("zhangwei");
    assertThat(PersonNames.normalise("O'Neil")).isEqualTo("oneil");
  }

  @Test
  void foldsFullWidthFormsAndCase() {
    assertThat(PersonNames.normalise("ＺＨＡＮＧ　ＷＥＩ")).isEqualTo("zhangwei");
    assertThat(PersonNames.normalise("李娜")).isEqualTo("李娜");
  }
}
