package org.riskgraph.api.products;

import org.riskgraph.analysis.links.ChainEvidence;
import org.riskgraph.analysis.links.ChainSearch;
import org.riskgraph.analysis.products.ChainFinder;
import org.riskgraph.analysis.products.ProjectionChainFinder;
import org.riskgraph.api.links.LinkProjection;
import org.riskgraph.graph.product.ResearchProductRepository;
import org.riskgraph.graph.store.GraphStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The store of research products, and the link chains they show. */
@Configuration(proxyBeanMethods = false)
class ProductConfiguration {

  @Bean
  ResearchProductRepository researchProductRepository(GraphStore store) {
    return new ResearchProductRepository(store);
  }

  @Bean
  ChainFinder productChainFinder(
      LinkProjection projection, ChainSearch search, ChainEvidence evidence) {
    return new ProjectionChainFinder(projection::current, search, evidence);
  }
}
