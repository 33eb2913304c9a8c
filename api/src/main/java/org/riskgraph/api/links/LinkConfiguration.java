package org.riskgraph.api.links;

import org.riskgraph.analysis.groups.GroupFinder;
import org.riskgraph.analysis.links.ChainEvidence;
import org.riskgraph.analysis.links.ChainSearch;
import org.riskgraph.analysis.links.NeighbourhoodReader;
import org.riskgraph.analysis.links.StoreProjection;
import org.riskgraph.graph.store.GraphStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The link algorithms and their store readers, configured from {@link LinksProperties}. */
@Configuration(proxyBeanMethods = false)
class LinkConfiguration {

  @Bean
  ChainSearch chainSearch(LinksProperties links) {
    return new ChainSearch(links.hubDegree(), links.workBudget());
  }

  @Bean
  GroupFinder groupFinder(LinksProperties links) {
    return new GroupFinder(links.hubDegree());
  }

  @Bean
  ChainEvidence chainEvidence(GraphStore store, LinksProperties links) {
    return new ChainEvidence(store, links.queryTimeout());
  }

  @Bean
  NeighbourhoodReader neighbourhoodReader(GraphStore store, LinksProperties links) {
    return new NeighbourhoodReader(store, links.queryTimeout(), links.expandLimit());
  }

  @Bean
  StoreProjection storeProjection(GraphStore store, LinksProperties links) {
    return new StoreProjection(store, links.projectionTimeout());
  }
}
