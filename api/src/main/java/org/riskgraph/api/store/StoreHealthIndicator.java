package org.riskgraph.api.store;

import org.riskgraph.graph.store.GraphStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** The store answers queries, and the demo county is not still loading. */
@Component("store")
class StoreHealthIndicator implements HealthIndicator {

  private final GraphStore store;
  private final DemoLoadState demo;

  StoreHealthIndicator(GraphStore store, DemoLoadState demo) {
    this.store = store;
    this.demo = demo;
  }

  @Override
  public Health health() {
    Health.Builder health = store.ping() ? Health.up() : Health.down();
    health.withDetail("mode", store.isEmbedded() ? "embedded" : "external");
    if (demo.loading()) {
      health = Health.outOfService().withDetail("demo", "loading the demo county");
    }
    return health.build();
  }
}
