package org.riskgraph.api.links;

import java.util.stream.Collectors;
import org.riskgraph.analysis.links.ChainEvidence;
import org.riskgraph.analysis.links.ChainQuery;
import org.riskgraph.analysis.links.ChainSearch;
import org.riskgraph.analysis.links.LinkChains;
import org.riskgraph.analysis.links.TimeWindow;
import org.riskgraph.api.problem.UnknownEntityException;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/links/chains}: how two entities are connected. */
@RestController
class ChainController {

  private final LinkProjection projection;
  private final ChainSearch search;
  private final ChainEvidence evidence;

  ChainController(LinkProjection projection, ChainSearch search, ChainEvidence evidence) {
    this.projection = projection;
    this.search = search;
    this.evidence = evidence;
  }

  @GetMapping("/api/v1/links/chains")
  @Access(
      value = {Role.ANALYST, Role.COMMAND},
      personLevel = true,
      audit = AuditAction.LINK_QUERY)
  ChainsResponse chains(
      @RequestParam EntityRef from,
      @RequestParam EntityRef to,
      @RequestParam(required = false) String maxHops,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String types,
      @RequestParam(required = false) String since,
      @RequestParam(required = false) String until,
      @RequestParam(required = false) String temporal,
      @RequestParam(required = false) String includeHubs) {
    ChainQuery query =
        new ChainQuery(
            from,
            to,
            Params.integer("maxHops", maxHops, ChainQuery.DEFAULT_HOPS, 1, ChainQuery.MAX_HOPS),
            Params.integer("limit", limit, ChainQuery.DEFAULT_LIMIT, 1, ChainQuery.MAX_LIMIT),
            LinkType.parse("types", types, true),
            TimeWindow.parse(since, until),
            Params.flag("temporal", temporal),
            Params.flag("includeHubs", includeHubs));
    LinkChains found = search.find(projection.current(), query);
    ChainEvidence.Evidenced evidenced = evidence.read(found);
    if (!evidenced.missing().isEmpty()) {
      throw new UnknownEntityException(
          evidenced.missing().stream().map(EntityRef::toString).collect(Collectors.joining(", ")));
    }
    return ChainsResponse.of(found, evidenced);
  }
}
