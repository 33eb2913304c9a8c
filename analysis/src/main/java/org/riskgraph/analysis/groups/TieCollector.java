package org.riskgraph.analysis.groups;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.riskgraph.analysis.links.LinkGraph;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.link.LinkType;

/**
 * The ties of one person on the projection: persons known directly, and persons reached through a
 * shared incident, dispute, phone or pair of co-travelling vehicles, with how many of each they
 * share. Shared things that are hubs are skipped unless asked.
 */
final class TieCollector {

  private static final String SUSPECT = "SUSPECT";
  private static final int VIA_KEPT = 5;

  private final LinkGraph graph;
  private final GroupQuery query;
  private final int hubDegree;

  TieCollector(LinkGraph graph, GroupQuery query, int hubDegree) {
    this.graph = graph;
    this.query = query;
    this.hubDegree = hubDegree;
  }

  /** What ties {@code person} to one other person. */
  static final class Tally {
    final Map<GroupTie, Integer> shared = new EnumMap<>(GroupTie.class);
    final List<Integer> via = new ArrayList<>();

    void add(GroupTie tie, int... things) {
      shared.merge(tie, 1, Integer::sum);
      for (int thing : things) {
        if (via.size() < VIA_KEPT && !via.contains(thing)) {
          via.add(thing);
        }
      }
    }
  }

  /** Ties that meet the query's minimum, by the other person's node, in node order. */
  Map<Integer, Tally> ties(int person) {
    Map<Integer, Tally> all = new TreeMap<>();
    Set<GroupTie> wanted = query.ties();
    for (int slot = graph.firstSlot(person); slot < graph.endSlot(person); slot++) {
      int other = graph.neighbour(slot);
      int link = graph.link(slot);
      EntityKind kind = graph.kind(other);
      if (kind == EntityKind.PERSON && wanted.contains(GroupTie.KNOWS)) {
        if (edge(link, LinkType.KNOWS, null) >= 0) {
          tally(all, other).add(GroupTie.KNOWS);
        }
      } else if (kind == EntityKind.INCIDENT) {
        incident(all, person, other, link);
      } else if (kind == EntityKind.DISPUTE && wanted.contains(GroupTie.CO_PARTY)) {
        shared(all, person, other, link, LinkType.PARTY_TO, GroupTie.CO_PARTY);
      } else if (kind == EntityKind.PHONE && wanted.contains(GroupTie.SHARED_PHONE)) {
        shared(all, person, other, link, LinkType.USES, GroupTie.SHARED_PHONE);
      } else if (kind == EntityKind.VEHICLE && wanted.contains(GroupTie.CO_TRAVEL)) {
        coTravel(all, person, other, link);
      }
    }
    all.values().removeIf(t -> !strongEnough(t));
    return all;
  }

  private boolean strongEnough(Tally tally) {
    for (Map.Entry<GroupTie, Integer> e : tally.shared.entrySet()) {
      if (e.getKey() == GroupTie.KNOWS || e.getValue() >= query.minShared()) {
        return true;
      }
    }
    return false;
  }

  private void incident(Map<Integer, Tally> all, int person, int incident, int link) {
    boolean suspects = query.ties().contains(GroupTie.CO_SUSPECT);
    boolean anyRole = query.ties().contains(GroupTie.CO_INVOLVED);
    if ((!suspects && !anyRole) || usedAsHub(incident)) {
      return;
    }
    boolean personSuspect = edge(link, LinkType.INVOLVED_IN, SUSPECT) >= 0;
    if (edge(link, LinkType.INVOLVED_IN, null) < 0) {
      return;
    }
    for (int slot = graph.firstSlot(incident); slot < graph.endSlot(incident); slot++) {
      int other = graph.neighbour(slot);
      if (other == person || graph.kind(other) != EntityKind.PERSON) {
        continue;
      }
      int otherLink = graph.link(slot);
      if (edge(otherLink, LinkType.INVOLVED_IN, null) < 0) {
        continue;
      }
      if (anyRole) {
        tally(all, other).add(GroupTie.CO_INVOLVED, incident);
      }
      if (suspects && personSuspect && edge(otherLink, LinkType.INVOLVED_IN, SUSPECT) >= 0) {
        tally(all, other).add(GroupTie.CO_SUSPECT, incident);
      }
    }
  }

  private void shared(
      Map<Integer, Tally> all, int person, int thing, int link, LinkType type, GroupTie tie) {
    if (usedAsHub(thing) || edge(link, type, null) < 0) {
      return;
    }
    for (int slot = graph.firstSlot(thing); slot < graph.endSlot(thing); slot++) {
      int other = graph.neighbour(slot);
      if (other != person
          && graph.kind(other) == EntityKind.PERSON
          && edge(graph.link(slot), type, null) >= 0) {
        tally(all, other).add(tie, thing);
      }
    }
  }

  private void coTravel(Map<Integer, Tally> all, int person, int vehicle, int link) {
    if (edge(link, LinkType.OWNS, null) < 0) {
      return;
    }
    for (int slot = graph.firstSlot(vehicle); slot < graph.endSlot(vehicle); slot++) {
      int partner = graph.neighbour(slot);
      if (graph.kind(partner) != EntityKind.VEHICLE
          || edge(graph.link(slot), LinkType.TRAVELS_WITH, null) < 0) {
        continue;
      }
      for (int s = graph.firstSlot(partner); s < graph.endSlot(partner); s++) {
        int owner = graph.neighbour(s);
        if (owner != person
            && graph.kind(owner) == EntityKind.PERSON
            && edge(graph.link(s), LinkType.OWNS, null) >= 0) {
          tally(all, owner).add(GroupTie.CO_TRAVEL, vehicle, partner);
        }
      }
    }
  }

  private boolean usedAsHub(int node) {
    return !query.includeHubs() && graph.degree(node) > hubDegree;
  }

  /** An edge of the link of that type (and qualifier, if given) inside the window, or -1. */
  private int edge(int link, LinkType type, String qualifier) {
    for (int e = graph.firstEdge(link); e < graph.endEdge(link); e++) {
      if (graph.type(e) == type
          && (qualifier == null || graph.qualifierIs(e, qualifier))
          && query.window().meets(graph.start(e), graph.end(e))) {
        return e;
      }
    }
    return -1;
  }

  private static Tally tally(Map<Integer, Tally> all, int other) {
    return all.computeIfAbsent(other, k -> new Tally());
  }
}
