package org.riskgraph.analysis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.riskgraph.analysis.search.SearchIndexNameTests.keys;
import static org.riskgraph.analysis.search.TestDocuments.vehicle;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.riskgraph.graph.entity.EntityKind;

class SearchIndexPlateTests {

  private SearchIndex index;

  @BeforeEach
  void indexVehicles() {
    index = SearchIndex.inMemory();
    index.index(
        List.of(vehicle("云E12345"), vehicle("云E67890"), vehicle("云A0B8D2"), vehicle("川E12346")));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"云E12345", "云e12345", "云E 123.45", "云Ｅ１２３４５", "云E·12345"})
  void findsPlateHoweverItIsWritten(String typed) {
    SearchHit hit = index.search(SearchQuery.of(typed)).hits().getFirst();

    assertThat(hit.key()).isEqualTo("云E12345");
    assertThat(hit.reasons()).contains("plate");
  }

  @Test
  void findsPlateReadWithOcrConfusions() {
    SearchHit lastDigit = index.search(SearchQuery.of("云E1234S")).hits().getFirst();
    SearchHit firstDigit = index.search(SearchQuery.of("云EI2345")).hits().getFirst();
    SearchHit many = index.search(SearchQuery.of("云AQ8BD2")).hits().getFirst();

    assertThat(lastDigit.key()).isEqualTo("云E12345");
    assertThat(lastDigit.reasons()).contains("plate with OCR confusion 5→S");
    assertThat(firstDigit.key()).isEqualTo("云E12345");
    assertThat(firstDigit.reasons()).contains("plate with OCR confusion 1→I");
    assertThat(many.key()).isEqualTo("云A0B8D2");
    assertThat(many.reasons()).contains("plate with OCR confusion 0→Q, B→8, 8→B");
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "E123", "E12345", "云E1234"})
  void findsPlateByFragment(String typed) {
    List<SearchHit> hits = index.search(SearchQuery.of(typed, EntityKind.VEHICLE)).hits();

    assertThat(hits.getFirst().key()).isEqualTo("云E12345");
    assertThat(hits.getFirst().reasons()).contains("plate contains " + typed);
  }

  @Test
  void findsPlateFragmentReadWithOcrConfusion() {
    SearchHit hit = index.search(SearchQuery.of("I234S", EntityKind.VEHICLE)).hits().getFirst();

    assertThat(hit.key()).isEqualTo("云E12345");
    assertThat(hit.reasons()).contains("plate contains I234S with OCR confusion 1→I, 5→S");
  }

  @Test
  void findsPlateWithOneOtherWrongCharacterBelowExactMatch() {
    // Given
    index.index(List.of(vehicle("云E12346")));

    // When
    List<SearchHit> hits = index.search(SearchQuery.of("云E12346", EntityKind.VEHICLE)).hits();

    // Then
    assertThat(keys(hits)).containsExactly("云E12346", "云E12345", "川E12346");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    assertThat(hits.get(1).reasons())
        .containsExactly("plate with one wrong character (7: 6 for 5)");
    assertThat(hits.get(2).reasons())
        .containsExactly("plate with one wrong character (1: 云 for 川)");
  }

  @Test
  void doesNotConfuseUnrelatedPlates() {
    assertThat(keys(index.search(SearchQuery.of("云E12345")).hits())).doesNotContain("云E67890");
  }
}
