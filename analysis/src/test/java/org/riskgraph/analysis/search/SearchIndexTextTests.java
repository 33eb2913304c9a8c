package org.riskgraph.analysis.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.riskgraph.analysis.search.SearchIndexNameTests.keys;
import static org.riskgraph.analysis.search.TestDocuments.dispute;
import static org.riskgraph.analysis.search.TestDocuments.incident;
import static org.riskgraph.analysis.search.TestDocuments.personIn;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.incident.IncidentCategory;

class SearchIndexTextTests {

  private SearchIndex index;

  @BeforeEach
  void indexNarratives() {
    index = SearchIndex.inMemory();
    index.index(
        List.of(
            incident("I1", IncidentCategory.THEFT, "村民报称其电动车被盗", "和平村"),
            incident("I2", IncidentCategory.THEFT, "商铺夜间被撬，现金失窃", "新村"),
            incident("I3", IncidentCategory.FRAUD, "村民接到冒充客服电话被骗三千元", "和平村"),
            incident("I4", IncidentCategory.TRAFFIC, "两辆电动车相撞，一人轻伤", "新村"),
            dispute("D1", DisputeCategory.LAND, "两户村民因宅基地边界发生争执", "和平村"),
            dispute("D2", DisputeCategory.DEBT, "工程款拖欠引发纠纷", "新村"),
            personIn("P1", "张伟", "和平村"),
            personIn("P2", "张伟", "新村")));
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void findsTheftOfAnElectricBikeFromWordsTheSummaryOnlyImplies() {
    // 盗窃 is not in the summary; it is the incident's category
    SearchHit hit = index.search(SearchQuery.of("盗窃 电动车")).hits().getFirst();

    assertThat(hit.key()).isEqualTo("I1");
    assertThat(hit.reasons()).contains("summary: 电动车", "category: 盗窃");
  }

  @Test
  void requiresMostWordsSoOneCommonWordDoesNotFloodTheList() {
    List<SearchHit> hits = index.search(SearchQuery.of("盗窃 电动车", EntityKind.INCIDENT)).hits();

    assertThat(keys(hits)).containsExactly("I1");
  }

  @Test
  void combinesAKeywordWithAVillageName() {
    List<SearchHit> hits = index.search(SearchQuery.of("盗窃 和平村", EntityKind.INCIDENT)).hits();

    assertThat(keys(hits)).containsExactly("I1");
    assertThat(hits.getFirst().reasons()).contains("category: 盗窃", "village: 和平 村");
  }

  @Test
  void findsDisputesByTheirNarrativeAndCategory() {
    assertThat(keys(index.search(SearchQuery.of("宅基地")).hits())).startsWith("D1");
    assertThat(keys(index.search(SearchQuery.of("债务纠纷", EntityKind.DISPUTE)).hits()))
        .startsWith("D2");
  }

  @Test
  void findsPartOfAWordThroughCharacterBigrams() {
    // smartcn keeps 电动车 as one word; 电动 still finds it
    assertThat(keys(index.search(SearchQuery.of("电动", EntityKind.INCIDENT)).hits()))
        .containsExactlyInAnyOrder("I1", "I4");
  }

  @Test
  void ranksThePersonInTheNamedVillageFirst() {
    List<SearchHit> hits = index.search(SearchQuery.of("张伟 和平村", EntityKind.PERSON)).hits();

    assertThat(keys(hits)).containsExactly("P1", "P2");
    assertThat(hits.getFirst().reasons()).contains("name 张伟", "lives in 和平村");
  }
}
