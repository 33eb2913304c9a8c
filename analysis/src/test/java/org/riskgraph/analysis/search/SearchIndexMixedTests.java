package org.riskgraph.analysis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.riskgraph.analysis.search.SearchIndexNameTests.keys;
import static org.riskgraph.analysis.search.TestDocuments.incident;
import static org.riskgraph.analysis.search.TestDocuments.person;
import static org.riskgraph.analysis.search.TestDocuments.phone;
import static org.riskgraph.analysis.search.TestDocuments.vehicle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.incident.IncidentCategory;

class SearchIndexMixedTests {

  private SearchIndex index;

  @BeforeEach
  void indexOneOfEachKind() {
    index = SearchIndex.inMemory();
    index.index(
        List.of(
            person("P1", "张伟", "53232519900512345"),
            person("P2", "赵文", "53232519781201022"),
            vehicle("云E12345"),
            phone("13900012345"),
            incident("I1", IncidentCategory.THEFT, "张伟报称其电动车被盗", "和平村")));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void readsADigitStringAsIdPhoneAndPlateInOneRankedList() {
    List<SearchHit> hits = index.search(SearchQuery.of("12345")).hits();

    assertThat(hits).extracting(SearchHit::kind).contains(EntityKind.VEHICLE, EntityKind.PHONE);
    assertThat(keys(hits)).contains("云E12345", "13900012345");
    assertThat(hits).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
  }

  @Test
  void readsLatinLettersAsPinyinOrPlate() {
    assertThat(keys(index.search(SearchQuery.of("zw")).hits()))
        .containsExactlyInAnyOrder("P1", "P2");
    assertThat(keys(index.search(SearchQuery.of("E123")).hits())).containsExactly("云E12345");
  }

  @Test
  void findsPersonAndTheIncidentThatNamesHim() {
    List<SearchHit> hits = index.search(SearchQuery.of("张伟")).hits();

    assertThat(keys(hits)).startsWith("P1").contains("I1");
  }

  @Test
  void findsAnyEntityByItsKey() {
    SearchHit hit = index.search(SearchQuery.of("i1")).hits().getFirst();

    assertThat(hit.key()).isEqualTo("I1");
    assertThat(hit.reasons()).containsExactly("key I1");
  }

  @Test
  void narrowsToTheKindsAskedFor() {
    List<SearchHit> hits =
        index.search(new SearchQuery("12345", Set.of(EntityKind.PHONE), 10)).hits();

    assertThat(hits).extracting(SearchHit::kind).containsOnly(EntityKind.PHONE);
  }

  @Test
  void capsTheHitsAndCountsAllMatches() {
    // Given 150 people called 张伟
    List<SearchDocument> many = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      many.add(person("Q" + i, "张伟"));
    }
    index.index(many);

    // When
    SearchResult result = index.search(new SearchQuery("张伟", Set.of(EntityKind.PERSON), 500));

    // Then
    assertThat(result.hits()).hasSize(SearchQuery.MAX_LIMIT);
    assertThat(result.totalMatched()).isEqualTo(151);
    assertThat(result.truncated()).isTrue();
  }

  @Test
  void saysWhenNothingWasLeftOut() {
    SearchResult result = index.search(SearchQuery.of("云E12345"));

    assertThat(result.totalMatched()).isEqualTo(result.hits().size());
    assertThat(result.truncated()).isFalse();
  }
}
