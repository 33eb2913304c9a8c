package org.riskgraph.api.store;

import org.riskgraph.graph.audit.AuditLog;
import org.riskgraph.graph.control.ControlRepository;
import org.riskgraph.graph.entity.EntityRepository;
import org.riskgraph.graph.stats.StatsRepository;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.store.StoreSettings;
import org.riskgraph.graph.village.VillageRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the graph store (embedded or external) and the repositories over it. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

  @Bean(destroyMethod = "close")
  GraphStore graphStore(RiskGraphProperties properties) {
    StoreSettings settings = properties.storeSettings();
    return EarlyStore.claim(settings).orElseGet(() -> GraphStore.open(settings));
  }

  @Bean
  AuditLog auditLog(GraphStore store) {
    return new AuditLog(store);
  }

  @Bean
  ControlRepository controlRepository(GraphStore store) {
    return new ControlRepository(store);
  }

  @Bean
  EntityRepository entityRepository(GraphStore store) {
    return new EntityRepository(store);
  }

  @Bean
  StatsRepository statsRepository(GraphStore store) {
    return new StatsRepository(store);
  }

  @Bean
  VillageRepository villageRepository(GraphStore store) {
    return new VillageRepository(store);
  }
}
