package org.riskgraph.api.stats;

import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.stats.GraphStats;
import org.riskgraph.graph.stats.StatsRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How much the graph holds, by label and relationship type. */
@RestController
class StatsController {

  private final StatsRepository stats;

  StatsController(StatsRepository stats) {
    this.stats = stats;
  }

  @GetMapping("/api/v1/stats")
  @Access({Role.ANALYST, Role.COMMAND, Role.LEADER, Role.SUPERVISOR, Role.ADMIN})
  GraphStats stats() {
    return stats.stats();
  }
}
