package org.riskgraph.api.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports the search index; a rebuild does not make the service unhealthy (searches answer from
 * what is indexed), it is shown as a detail.
 */
@Component("search")
class SearchHealthIndicator implements HealthIndicator {

  private final SearchIndexer indexer;

  SearchHealthIndicator(SearchIndexer indexer) {
    this.indexer = indexer;
  }

  @Override
  public Health health() {
    IndexStatus status = indexer.status();
    return Health.up()
        .withDetail("documents", status.documents())
        .withDetail("rebuilding", status.rebuilding())
        .build();
  }
}
