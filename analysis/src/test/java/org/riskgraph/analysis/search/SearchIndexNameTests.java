package org.riskgraph.analysis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.riskgraph.analysis.search.TestDocuments.person;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.riskgraph.graph.entity.EntityKind;

class SearchIndexNameTests {

  private SearchIndex index;

  @BeforeEach
  void indexPeople() {
    index = SearchIndex.inMemory();
    index.index(
        List.of(
            person("P1", "张伟华"),
            person("P2", "张伟"),
            person("P3", "王伟"),
            person("P4", "李娜"),
            person("P5", "章玮"),
            person("P6", "单丽"),
            person("P7", "曾强"),
            person("P8", "解放"),
            person("P9", "吕方"),
            person("P10", "阿不都·热合曼")));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void findsZhangWeiByExactNameFirst() {
    // When
    List<SearchHit> hits = index.search(SearchQuery.of("张伟")).hits();

    // Then
    assertThat(hits.getFirst().key()).isEqualTo("P2");
    assertThat(hits.getFirst().reasons()).first().isEqualTo("name 张伟");
    assertThat(keys(hits)).contains("P1").doesNotContain("P4");
  }

  @Test
  void ranksExactNameAboveLongerNameContainingIt() {
    List<SearchHit> hits = index.search(SearchQuery.of("张伟", EntityKind.PERSON)).hits();

    assertThat(keys(hits)).startsWith("P2", "P1");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    assertThat(hits.get(1).reasons()).contains("name contains 张伟");
  }

  @Test
  void findsNamesByOneOfTheirCharacters() {
    assertThat(keys(index.search(SearchQuery.of("张")).hits())).contains("P1", "P2");
    List<SearchHit> byGivenName = index.search(SearchQuery.of("伟", EntityKind.PERSON)).hits();
    assertThat(keys(byGivenName)).containsExactlyInAnyOrder("P1", "P2", "P3");
    // a shorter name is covered more by the query, so it ranks higher
    assertThat(keys(byGivenName).indexOf("P2")).isLessThan(keys(byGivenName).indexOf("P1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zhangwei", "zhang wei", "ZhangWei", "ZHANG WEI", "Zhāng Wěi"})
  void findsZhangWeiByFullPinyin(String typed) {
    List<SearchHit> hits = index.search(SearchQuery.of(typed)).hits();

    assertThat(hits.getFirst().key()).isEqualTo("P2");
    assertThat(hits.getFirst().reasons()).contains("name pinyin zhangwei");
  }

  @Test
  void findsZhangWeiByPinyinInitials() {
    List<SearchHit> hits = index.search(SearchQuery.of("zw")).hits();

    assertThat(hits.getFirst().key()).isIn("P2", "P5");
    assertThat(keys(hits)).contains("P2", "P5", "P1");
    assertThat(hits.stream().filter(h -> h.key().equals("P2")).findFirst().orElseThrow().reasons())
        .containsExactly("name pinyin initials zw");
    assertThat(hits.stream().filter(h -> h.key().equals("P1")).findFirst().orElseThrow().reasons())
        .containsExactly("name pinyin initials start with zw");
  }

  @Test
  void findsNameByPinyinPrefixAsTypedIntoAnInputMethod() {
    assertThat(keys(index.search(SearchQuery.of("zhangw")).hits())).contains("P1", "P2", "P5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"shanli", "danli", "zengqiang", "cengqiang", "xiefang", "jiefang"})
  void indexesEveryReadingOfPolyphonicCharacters(String typed) {
    assertThat(index.search(SearchQuery.of(typed)).hits())
        .first()
        .satisfies(hit -> assertThat(hit.reasons()).contains("name pinyin " + typed));
  }

  @Test
  void writesUmlautAsV() {
    assertThat(keys(index.search(SearchQuery.of("lvfang")).hits())).startsWith("P9");
    assertThat(keys(index.search(SearchQuery.of("lüfang")).hits())).startsWith("P9");
    assertThat(keys(index.search(SearchQuery.of("Lǚ Fāng")).hits())).startsWith("P9");
  }

  @Test
  void findsNamesThatSoundTheSame() {
    SearchHit homophone =
        index.search(SearchQuery.of("张伟")).hits().stream()
            .filter(hit -> hit.key().equals("P5"))
            .findFirst()
            .orElseThrow();

    assertThat(homophone.reasons()).containsExactly("name sounds like 张伟 (zhang wei)");
  }

  @Test
  void findsMinorityNameWithOrWithoutMiddleDot() {
    assertThat(keys(index.search(SearchQuery.of("阿不都热合曼")).hits())).startsWith("P10");
    assertThat(keys(index.search(SearchQuery.of("阿不都·热合曼")).hits())).startsWith("P10");
  }

  @Test
  void findsNothingForAnUnknownName() {
    SearchResult result = index.search(SearchQuery.of("欧阳修", EntityKind.PERSON));

    assertThat(result.hits()).isEmpty();
    assertThat(result.totalMatched()).isZero();
  }

  static List<String> keys(List<SearchHit> hits) {
    return hits.stream().map(SearchHit::key).toList();
  }
}
