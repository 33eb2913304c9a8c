package org.riskgraph.api.links;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.riskgraph.analysis.links.Neighbourhood;
import org.riskgraph.api.audit.AuditedResult;

/**
 * An entity's neighbourhood: groups by relationship type, direction and depth, each with its total,
 * the listed neighbours and how many more there are.
 */
record NeighbourhoodResponse(
    Named.Entity entity,
    int depth,
    List<GroupJson> groups,
    List<String> notExpanded,
    boolean expansionCapped)
    implements AuditedResult {

  record GroupJson(
      String type, String direction, int depth, long total, long more, List<Item> items) {}

  /** A neighbour; {@code via} names the depth-1 neighbour a depth-2 one hangs off. */
  record Item(String ref, String name, String via, Named.Hop relationship) {}

  static NeighbourhoodResponse of(Neighbourhood n) {
    List<GroupJson> groups =
        n.groups().stream()
            .map(
                g ->
                    new GroupJson(
                        g.type().name(),
                        g.direction().name(),
                        g.depth(),
                        g.total(),
                        g.more(),
                        g.items().stream()
                            .map(
                                i ->
                                    new Item(
                                        i.ref().toString(),
                                        i.name(),
                                        i.via().map(Object::toString).orElse(null),
                                        Named.Hop.of(i.evidence())))
                            .toList()))
            .toList();
    return new NeighbourhoodResponse(
        Named.Entity.of(n.entity(), n.name()),
        n.depth(),
        groups,
        n.notExpanded().stream().map(Object::toString).toList(),
        n.expansionCapped());
  }

  @Override
  public List<String> auditSubjects() {
    Set<String> subjects = new LinkedHashSet<>(List.of(entity.ref()));
    groups.forEach(g -> g.items().forEach(i -> subjects.add(i.ref())));
    return List.copyOf(subjects);
  }

  @Override
  public long auditResultSize() {
    return groups.stream().mapToLong(g -> g.items().size()).sum();
  }
}
