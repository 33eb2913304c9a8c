package org.riskgraph.graph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;

/**
 * One Cypher statement that reads everything the chains of one answer need: per relationship type
 * and shape a {@code UNWIND} branch returning the stored relationships between the given key pairs
 * with both ends' names, and per kind of end a branch returning the ends' names; branches joined by
 * {@code UNION ALL}. The text depends only on which types, shapes and kinds occur, in a fixed
 * order, so the server's plan cache serves it after the first few queries. One round trip instead
 * of one per group.
 */
final class EvidenceQuery {

  /** A relationship type in one of its shapes. */
  record Group(LinkType type, Shape shape) {}

  private static final List<Group> ALL_GROUPS = allGroups();
  private static final String CYPHER = cypher(ALL_GROUPS);

  /*
   * What is passed where a group has no hop or a kind no end: a list that matches nothing (no
   * entity has an empty key) rather than an empty one. The server caches a plan per statement and
   * parameter types, and an empty list has a type of its own, so each new mix of empty and filled
   * lists cost a fresh plan of this large statement: 1 to 3 s on a 2-core machine, for about one
   * chain request in fifty.
   */
  static final List<Map<String, Object>> NO_PAIRS = List.of(Map.of("a", "", "b", ""));
  static final List<String> NO_KEYS = List.of("");

  private final Map<Group, List<Map<String, Object>>> pairs = new HashMap<>();
  private final Map<EntityKind, Set<String>> ends = new TreeMap<>();

  private static List<Group> allGroups() {
    List<Group> groups = new ArrayList<>();
    for (LinkType type : LinkType.values()) {
      if (type.chain()) {
        type.shapes().forEach(shape -> groups.add(new Group(type, shape)));
      }
    }
    return List.copyOf(groups);
  }

  /** A relationship of the type stored from {@code storedFrom} to {@code storedTo}. */
  void hop(LinkType type, EntityRef storedFrom, EntityRef storedTo) {
    Shape shape =
        type.shapes().stream()
            .filter(s -> s.from() == storedFrom.kind() && s.to() == storedTo.kind())
            .findFirst()
            .orElseThrow();
    List<Map<String, Object>> list =
        pairs.computeIfAbsent(new Group(type, shape), g -> new ArrayList<>());
    Map<String, Object> pair = Map.of("a", storedFrom.key(), "b", storedTo.key());
    if (!list.contains(pair)) {
      list.add(pair);
    }
  }

  void end(EntityRef ref) {
    ends.computeIfAbsent(ref.kind(), k -> new LinkedHashSet<>()).add(ref.key());
  }

  /** The groups in branch order: row {@code g} = i belongs to the i-th. */
  List<Group> groups() {
    return ALL_GROUPS;
  }

  String cypher() {
    return CYPHER;
  }

  private static String cypher(List<Group> groups) {
    List<String> branches = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      branches.add(relationships(groups.get(i), i));
    }
    for (EntityKind kind : EntityKind.values()) {
      branches.add(names(kind));
    }
    return String.join("\nUNION ALL\n", branches);
  }

  Map<String, Object> parameters() {
    Map<String, Object> params = new HashMap<>();
    for (int i = 0; i < ALL_GROUPS.size(); i++) {
      params.put("g" + i, pairs.getOrDefault(ALL_GROUPS.get(i), NO_PAIRS));
    }
    for (EntityKind kind : EntityKind.values()) {
      Set<String> keys = ends.get(kind);
      params.put("e" + kind.ordinal(), keys == null ? NO_KEYS : List.copyOf(keys));
    }
    params.put("day", LocalDate.now(Fields.CHINA));
    return params;
  }

  private static String relationships(Group group, int index) {
    Shape shape = group.shape();
    return "UNWIND $g"
        + index
        + " AS p MATCH (a:"
        + shape.from().label()
        + " {"
        + shape.from().keyProperty()
        + ": p.a})-[r:"
        + group.type().name()
        + "]->(b:"
        + shape.to().label()
        + " {"
        + shape.to().keyProperty()
        + ": p.b}) WHERE "
        + shape.conditionOrTrue()
        + " RETURN "
        + index
        + " AS g, p.a AS a, p.b AS b, a.name AS an, b.name AS bn, properties(r) AS props, "
        + shape.qualifierExpression()
        + " AS q, "
        + shape.start()
        + " AS startAt, "
        + shape.end()
        + " AS endAt";
  }

  /** Rows of ends have {@code g} = -1 - the kind's ordinal. */
  private static String names(EntityKind kind) {
    return "UNWIND $e"
        + kind.ordinal()
        + " AS k MATCH (n:"
        + kind.label()
        + " {"
        + kind.keyProperty()
        + ": k}) RETURN "
        + (-1 - kind.ordinal())
        + " AS g, k AS a, null AS b, n.name AS an, null AS bn, null AS props, null AS q,"
        + " null AS startAt, null AS endAt";
  }
}
