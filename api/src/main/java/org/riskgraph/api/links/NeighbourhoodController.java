package org.riskgraph.api.links;

import java.util.function.Predicate;
import org.riskgraph.analysis.links.NeighbourhoodQuery;
import org.riskgraph.analysis.links.NeighbourhoodReader;
import org.riskgraph.analysis.links.TimeWindow;
import org.riskgraph.api.problem.UnknownEntityException;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/entities/{kind}/{key}/neighbourhood}: who and what is around an entity. */
@RestController
class NeighbourhoodController {

  private final NeighbourhoodReader reader;
  private final LinkProjection projection;
  private final LinksProperties links;

  NeighbourhoodController(
      NeighbourhoodReader reader, LinkProjection projection, LinksProperties links) {
    this.reader = reader;
    this.projection = projection;
    this.links = links;
  }

  @GetMapping("/api/v1/entities/{kind}/{key}/neighbourhood")
  @Access(
      value = {Role.ANALYST, Role.COMMAND},
      personLevel = true,
      audit = AuditAction.NEIGHBOURHOOD_QUERY)
  NeighbourhoodResponse neighbourhood(
      @PathVariable String kind,
      @PathVariable String key,
      @RequestParam(required = false) String depth,
      @RequestParam(required = false) String types,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String since,
      @RequestParam(required = false) String until) {
    EntityRef entity = Params.ref(kind, key, "key");
    NeighbourhoodQuery query =
        new NeighbourhoodQuery(
            entity,
            Params.integer("depth", depth, 1, 1, 2),
            LinkType.parse("types", types, false),
            Params.integer(
                "limit", limit, NeighbourhoodQuery.DEFAULT_LIMIT, 1, NeighbourhoodQuery.MAX_LIMIT),
            TimeWindow.parse(since, until));
    return NeighbourhoodResponse.of(
        reader
            .read(query, hubRule())
            .orElseThrow(() -> new UnknownEntityException(entity.toString())));
  }

  /** The projection's hub rule when it is ready; until then by kind alone. */
  private Predicate<EntityRef> hubRule() {
    return projection
        .ready()
        .<Predicate<EntityRef>>map(graph -> ref -> graph.hub(ref, links.hubDegree()))
        .orElse(
            ref ->
                ref.kind() == EntityKind.VILLAGE
                    || ref.kind() == EntityKind.TOWNSHIP
                    || ref.kind() == EntityKind.CHECKPOINT);
  }
}
