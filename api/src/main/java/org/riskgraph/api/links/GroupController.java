package org.riskgraph.api.links;

import java.util.Map;
import java.util.Set;
import org.riskgraph.analysis.groups.Group;
import org.riskgraph.analysis.groups.GroupFinder;
import org.riskgraph.analysis.groups.GroupQuery;
import org.riskgraph.analysis.groups.GroupTie;
import org.riskgraph.analysis.links.DisplayNames;
import org.riskgraph.analysis.links.TimeWindow;
import org.riskgraph.api.problem.UnknownEntityException;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.store.GraphStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/groups}: the connected group around a person. */
@RestController
class GroupController {

  private final LinkProjection projection;
  private final GroupFinder finder;
  private final GraphStore store;
  private final LinksProperties links;

  GroupController(
      LinkProjection projection, GroupFinder finder, GraphStore store, LinksProperties links) {
    this.projection = projection;
    this.finder = finder;
    this.store = store;
    this.links = links;
  }

  @GetMapping("/api/v1/groups")
  @Access(
      value = {Role.ANALYST, Role.COMMAND},
      personLevel = true,
      audit = AuditAction.GROUP_QUERY)
  GroupResponse group(
      @RequestParam EntityRef seed,
      @RequestParam(required = false) String types,
      @RequestParam(required = false) String maxSize,
      @RequestParam(required = false) String minShared,
      @RequestParam(required = false) String since,
      @RequestParam(required = false) String until,
      @RequestParam(required = false) String includeHubs) {
    Set<GroupTie> ties = GroupTie.parse("types", types);
    GroupQuery query =
        new GroupQuery(
            seed,
            ties,
            Params.integer("maxSize", maxSize, GroupQuery.DEFAULT_SIZE, 2, GroupQuery.MAX_SIZE),
            Params.integer("minShared", minShared, 1, 1, 50),
            TimeWindow.parse(since, until),
            Params.flag("includeHubs", includeHubs));
    Group group = finder.find(projection.current(), query);
    Map<EntityRef, String> names =
        DisplayNames.read(store, links.queryTimeout(), GroupResponse.named(group));
    if (!names.containsKey(query.seed())) {
      throw new UnknownEntityException(query.seed().toString());
    }
    return GroupResponse.of(group, query.ties().stream().sorted().toList(), names);
  }
}
