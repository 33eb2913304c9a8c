package org.riskgraph.analysis.groups;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.riskgraph.analysis.links.LinkGraph;
import org.riskgraph.graph.entity.EntityRef;

/**
 * Finds the group around a seed on the projection: a breadth-first walk over person-to-person ties
 * (nearest first, up to {@code maxSize}), then, on that small graph, degree and betweenness
 * (JGraphT's Brandes algorithm) and the bridges and cut members (JGraphT's biconnectivity
 * inspector). Safe to share between threads.
 */
public final class GroupFinder {

  private final int hubDegree;

  public GroupFinder(int hubDegree) {
    this.hubDegree = hubDegree;
  }

  /** The group; just the seed when it has no ties or is not in the projection. */
  public Group find(LinkGraph graph, GroupQuery query) {
    OptionalInt seed = graph.node(query.seed());
    if (seed.isEmpty()) {
      GroupMember alone = new GroupMember(query.seed(), 0, 0, false);
      return new Group(query.seed(), List.of(alone), List.of(), List.of(), false, graph.asOf());
    }
    TieCollector collector = new TieCollector(graph, query, hubDegree);
    Map<Integer, Map<Integer, TieCollector.Tally>> ties = new LinkedHashMap<>();
    Deque<Integer> queue = new ArrayDeque<>();
    ties.put(seed.getAsInt(), null);
    queue.add(seed.getAsInt());
    boolean truncated = false;
    while (!queue.isEmpty()) {
      int person = queue.poll();
      Map<Integer, TieCollector.Tally> around = collector.ties(person);
      ties.put(person, around);
      for (int other : around.keySet()) {
        if (ties.containsKey(other)) {
          continue;
        }
        if (ties.size() >= query.maxSize()) {
          truncated = true;
          continue;
        }
        ties.put(other, null);
        queue.add(other);
      }
    }
    return summarise(graph, query, ties, truncated);
  }

  /**
   * Betweenness as the share of pairs of other members whose shortest paths run through a member
   * (split between the paths when there are several), 0..1; JGraphT's own normalisation uses the
   * directed count of pairs, which would put an undirected graph's maximum at one half.
   */
  private static Map<Integer, Double> shareOfPairs(Graph<Integer, DefaultEdge> small) {
    int n = small.vertexSet().size();
    if (n < 3) {
      return Map.of();
    }
    double pairs = (n - 1) * (double) (n - 2) / 2;
    Map<Integer, Double> raw = new BetweennessCentrality<>(small, false).getScores();
    Map<Integer, Double> share = new java.util.HashMap<>();
    raw.forEach((v, score) -> share.put(v, score / pairs));
    return share;
  }

  private static Group summarise(
      LinkGraph graph,
      GroupQuery query,
      Map<Integer, Map<Integer, TieCollector.Tally>> ties,
      boolean truncated) {
    Graph<Integer, DefaultEdge> small = new SimpleGraph<>(DefaultEdge.class);
    ties.keySet().forEach(small::addVertex);
    Map<DefaultEdge, GroupLink> links = new LinkedHashMap<>();
    for (Map.Entry<Integer, Map<Integer, TieCollector.Tally>> entry : ties.entrySet()) {
      int a = entry.getKey();
      for (Map.Entry<Integer, TieCollector.Tally> tie : entry.getValue().entrySet()) {
        int b = tie.getKey();
        if (a < b && ties.containsKey(b)) {
          DefaultEdge edge = small.addEdge(a, b);
          List<EntityRef> via = tie.getValue().via.stream().map(graph::ref).toList();
          links.put(edge, new GroupLink(graph.ref(a), graph.ref(b), tie.getValue().shared, via));
        }
      }
    }
    Map<Integer, Double> betweenness = shareOfPairs(small);
    BiconnectivityInspector<Integer, DefaultEdge> parts = new BiconnectivityInspector<>(small);
    Set<Integer> cut = parts.getCutpoints();
    List<GroupMember> members = new ArrayList<>();
    for (int person : ties.keySet()) {
      members.add(
          new GroupMember(
              graph.ref(person),
              small.degreeOf(person),
              betweenness.getOrDefault(person, 0.0),
              cut.contains(person)));
    }
    members.sort(
        Comparator.comparingDouble(GroupMember::betweenness)
            .reversed()
            .thenComparing(Comparator.comparingInt(GroupMember::degree).reversed())
            .thenComparing(m -> m.ref().key()));
    List<GroupLink> bridges =
        parts.getBridges().stream()
            .map(links::get)
            .sorted(
                Comparator.comparing((GroupLink l) -> l.a().key()).thenComparing(l -> l.b().key()))
            .toList();
    return new Group(
        query.seed(), members, List.copyOf(links.values()), bridges, truncated, graph.asOf());
  }
}
