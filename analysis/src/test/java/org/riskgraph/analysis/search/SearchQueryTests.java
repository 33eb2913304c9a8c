package org.riskgraph.analysis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.entity.EntityKind;

class SearchQueryTests {

  @Test
  void capsTheLimit() {
    assertThat(new SearchQuery("张伟", Set.of(), 1_000).limit()).isEqualTo(SearchQuery.MAX_LIMIT);
  }

  @Test
  void meansAllSearchableKindsWhenNoneAreGiven() {
    assertThat(SearchQuery.of("张伟").kinds()).isEqualTo(SearchQuery.SEARCHABLE);
  }

  @Test
  void normalisesFullWidthCharactersAndSpaces() {
    assertThat(SearchQuery.of("  云Ｅ１２３４５　 张伟 ").text()).isEqualTo("云E12345 张伟");
  }

  @Test
  void rejectsTooLongBlankOrUnsearchableQueries() {
    assertThatThrownBy(() -> SearchQuery.of("张".repeat(SearchQuery.MAX_TEXT + 1)))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("longer than 64");
    assertThatThrownBy(() -> SearchQuery.of(" ")).isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> new SearchQuery("x", Set.of(), 0))
        .isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> SearchQuery.of("x", EntityKind.CHECKPOINT))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("not searchable");
  }
}
