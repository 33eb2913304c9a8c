package org.riskgraph.api.hotspot;

import org.riskgraph.analysis.hotspot.HotspotInputsLoader;
import org.riskgraph.graph.store.GraphStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The loader of hotspot inputs over the graph store. */
@Configuration(proxyBeanMethods = false)
class HotspotConfiguration {

  @Bean
  HotspotInputsLoader hotspotInputsLoader(GraphStore store) {
    return new HotspotInputsLoader(store);
  }
}
