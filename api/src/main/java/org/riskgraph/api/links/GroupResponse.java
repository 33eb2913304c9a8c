package org.riskgraph.api.links;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.riskgraph.analysis.groups.Group;
import org.riskgraph.analysis.groups.GroupLink;
import org.riskgraph.analysis.groups.GroupTie;
import org.riskgraph.api.audit.AuditedResult;
import org.riskgraph.graph.entity.EntityRef;

/**
 * The group around a seed: members ranked by betweenness then degree, the ties between them with
 * what they share, and the bridges that hold the group together.
 */
record GroupResponse(
    Named.Entity seed,
    List<String> types,
    int size,
    boolean truncated,
    List<Member> members,
    List<Tie> ties,
    List<Tie> bridges,
    Instant asOf)
    implements AuditedResult {

  record Member(String ref, String name, int degree, double betweenness, boolean cutMember) {}

  record Tie(String a, String b, Map<String, Integer> shared, List<Named.Entity> via) {}

  static GroupResponse of(Group group, List<GroupTie> types, Map<EntityRef, String> names) {
    return new GroupResponse(
        Named.Entity.of(group.seed(), names.get(group.seed())),
        types.stream().map(Enum::name).toList(),
        group.members().size(),
        group.truncated(),
        group.members().stream()
            .map(
                m ->
                    new Member(
                        m.ref().toString(),
                        names.get(m.ref()),
                        m.degree(),
                        m.betweenness(),
                        m.cutMember()))
            .toList(),
        group.links().stream().map(l -> tie(l, names)).toList(),
        group.bridges().stream().map(l -> tie(l, names)).toList(),
        group.asOf());
  }

  private static Tie tie(GroupLink link, Map<EntityRef, String> names) {
    Map<String, Integer> shared = new TreeMap<>();
    link.shared().forEach((tie, n) -> shared.put(tie.name(), n));
    return new Tie(
        link.a().toString(),
        link.b().toString(),
        shared,
        link.via().stream().map(v -> Named.Entity.of(v, names.get(v))).toList());
  }

  /** Every person and thing the answer names. */
  static Set<EntityRef> named(Group group) {
    Set<EntityRef> refs = new LinkedHashSet<>(group.memberRefs());
    group.links().forEach(l -> refs.addAll(l.via()));
    return refs;
  }

  @Override
  public List<String> auditSubjects() {
    return members.stream().map(Member::ref).toList();
  }
}
