package org.riskgraph.analysis.groups;

import java.time.Instant;
import java.util.List;
import org.riskgraph.graph.entity.EntityRef;

/**
 * The group around a seed: members ranked by betweenness then degree, every tie between members,
 * and what holds the group together — the bridges (ties whose loss splits it) and the cut members
 * (members whose loss splits it). {@code truncated} when more persons were reachable than {@code
 * maxSize}: the group then holds those nearest the seed.
 */
public record Group(
    EntityRef seed,
    List<GroupMember> members,
    List<GroupLink> links,
    List<GroupLink> bridges,
    boolean truncated,
    Instant asOf) {

  public Group {
    members = List.copyOf(members);
    links = List.copyOf(links);
    bridges = List.copyOf(bridges);
  }

  public List<EntityRef> memberRefs() {
    return members.stream().map(GroupMember::ref).toList();
  }
}
