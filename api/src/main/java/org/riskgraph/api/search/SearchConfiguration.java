package org.riskgraph.api.search;

import org.riskgraph.analysis.search.GraphDocuments;
import org.riskgraph.analysis.search.SearchIndex;
import org.riskgraph.api.store.RiskGraphProperties;
import org.riskgraph.graph.store.GraphStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search index in {@code <riskgraph.data-dir>/search-index}, and the graph reader that feeds
 * it.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean(destroyMethod = "close")
  SearchIndex searchIndex(RiskGraphProperties properties) {
    return SearchIndex.open(properties.dataDir().resolve("search-index"));
  }

  @Bean
  GraphDocuments graphDocuments(GraphStore store, SearchProperties properties) {
    return new GraphDocuments(store, properties.batch());
  }
}
