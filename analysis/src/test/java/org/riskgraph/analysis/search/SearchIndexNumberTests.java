package org.riskgraph.analysis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.riskgraph.analysis.search.SearchIndexNameTests.keys;
import static org.riskgraph.analysis.search.TestDocuments.person;
import static org.riskgraph.analysis.search.TestDocuments.phone;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.riskgraph.graph.entity.EntityKind;

class SearchIndexNumberTests {

  /** 532325 region, born 1990-05-12, sequence 123 (odd: male). */
  private static final String ZHANG_WEI_ID = TestDocuments.residentId("53232519900512123").value();

  private SearchIndex index;

  @BeforeEach
  void indexPeopleAndPhones() {
    index = SearchIndex.inMemory();
    index.index(
        List.of(
            person("P1", "张伟", "53232519900512123"),
            person("P2", "李娜", "53232519851130246"),
            person("P3", "王强", "53232320010207351"),
            phone("13812345678"),
            phone("13987650001"),
            phone("08781234567")));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void findsPersonByFullResidentId() {
    List<SearchHit> hits = index.search(SearchQuery.of(ZHANG_WEI_ID)).hits();

    assertThat(hits.getFirst().key()).isEqualTo("P1");
    assertThat(hits.getFirst().displayName()).isEqualTo("张伟 · 1990-05-12");
    assertThat(hits.getFirst().reasons()).first().isEqualTo("resident ID");
  }

  static Stream<String> partsOfZhangWeisId() {
    return Stream.of(
        ZHANG_WEI_ID.substring(6, 14), // birth date
        ZHANG_WEI_ID.substring(4, 11), // any seven consecutive digits
        ZHANG_WEI_ID.substring(0, 6), // region, shared with 李娜's ID: both must come back
        ZHANG_WEI_ID.substring(12), // last six
        ZHANG_WEI_ID.substring(13), // last five
        ZHANG_WEI_ID.substring(14)); // last four
  }

  @ParameterizedTest
  @MethodSource("partsOfZhangWeisId")
  void findsPersonBySixOrMoreConsecutiveDigitsOrTheLastFourToSix(String part) {
    List<SearchHit> hits = index.search(SearchQuery.of(part, EntityKind.PERSON)).hits();

    assertThat(keys(hits)).contains("P1").doesNotContain("P3");
  }

  @Test
  void saysWhichPartOfTheIdMatched() {
    SearchHit hit = index.search(SearchQuery.of("19900512")).hits().getFirst();
    SearchHit tail = index.search(SearchQuery.of(ZHANG_WEI_ID.substring(13))).hits().getFirst();

    assertThat(hit.reasons()).contains("resident ID contains 19900512");
    assertThat(tail.reasons()).contains("resident ID ends with " + ZHANG_WEI_ID.substring(13));
  }

  @Test
  void findsIdWithOneWrongDigit() {
    String typo = ZHANG_WEI_ID.substring(0, 9) + "7" + ZHANG_WEI_ID.substring(10);

    SearchHit hit = index.search(SearchQuery.of(typo)).hits().getFirst();

    assertThat(hit.key()).isEqualTo("P1");
    assertThat(hit.reasons()).contains("resident ID with one wrong digit (10: 7 for 0)");
  }

  @Test
  void findsIdWithTwoAdjacentDigitsSwapped() {
    // 1990 0512 → 1990 5012
    String swapped = ZHANG_WEI_ID.substring(0, 10) + "50" + ZHANG_WEI_ID.substring(12);

    SearchHit hit = index.search(SearchQuery.of(swapped)).hits().getFirst();

    assertThat(hit.key()).isEqualTo("P1");
    assertThat(hit.reasons()).contains("resident ID with digits 11–12 swapped");
  }

  @Test
  void scoresExactIdAboveIdWithOneError() {
    String typo = ZHANG_WEI_ID.substring(0, 9) + "7" + ZHANG_WEI_ID.substring(10);

    float exact = index.search(SearchQuery.of(ZHANG_WEI_ID)).hits().getFirst().score();
    float oneError = index.search(SearchQuery.of(typo)).hits().getFirst().score();

    assertThat(exact).isGreaterThan(oneError);
  }

  @ParameterizedTest
  @ValueSource(strings = {"13812345678", "+86 138 1234 5678", "138-1234-5678", "0086 13812345678"})
  void findsPhoneByFullNumberHoweverWritten(String typed) {
    SearchHit hit = index.search(SearchQuery.of(typed)).hits().getFirst();

    assertThat(hit.kind()).isEqualTo(EntityKind.PHONE);
    assertThat(hit.key()).isEqualTo("13812345678");
    assertThat(hit.reasons()).contains("phone number");
  }

  @Test
  void findsPhoneByItsLastDigits() {
    SearchHit hit = index.search(SearchQuery.of("5678", EntityKind.PHONE)).hits().getFirst();

    assertThat(hit.key()).isEqualTo("13812345678");
    assertThat(hit.reasons()).containsExactly("phone number ends with 5678");
  }

  @Test
  void findsPhoneByDigitsInTheMiddle() {
    List<SearchHit> hits = index.search(SearchQuery.of("1234", EntityKind.PHONE)).hits();

    assertThat(keys(hits)).containsExactlyInAnyOrder("13812345678", "08781234567");
    assertThat(hits)
        .allSatisfy(h -> assertThat(h.reasons()).containsExactly("phone number contains 1234"));
  }

  @Test
  void ranksSuffixAbovePartInTheMiddle() {
    // 0001 ends 13987650001; 08781234567 has no 0001
    index.index(List.of(phone("13900012222")));

    List<SearchHit> hits = index.search(SearchQuery.of("0001", EntityKind.PHONE)).hits();

    assertThat(keys(hits)).containsExactly("13987650001", "13900012222");
  }

  @Test
  void findsPhoneWithOneWrongDigit() {
    SearchHit hit = index.search(SearchQuery.of("13812345670", EntityKind.PHONE)).hits().getFirst();

    assertThat(hit.key()).isEqualTo("13812345678");
    assertThat(hit.reasons()).containsExactly("phone number with one wrong digit (11: 0 for 8)");
  }
}
