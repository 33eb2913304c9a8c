package org.riskgraph.api.villages;

import java.util.List;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.village.VillageRepository;
import org.riskgraph.graph.village.VillageSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The county's villages with their township, population and number of neighbours. */
@RestController
class VillageController {

  private final VillageRepository villages;

  VillageController(VillageRepository villages) {
    this.villages = villages;
  }

  @GetMapping("/api/v1/villages")
  @Access({Role.ANALYST, Role.COMMAND, Role.LEADER, Role.SUPERVISOR, Role.ADMIN})
  List<VillageSummary> villages() {
    return villages.findAll();
  }
}
