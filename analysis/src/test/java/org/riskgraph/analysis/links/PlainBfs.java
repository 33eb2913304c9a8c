package org.riskgraph.analysis.links;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.riskgraph.graph.link.LinkType;

/**
 * A plain breadth-first search over string references, written without the projection: distance and
 * number of shortest paths between two entities, with the same hub rule (no village, township or
 * checkpoint and no node of more than {@code hubDegree} neighbours inside a path).
 */
final class PlainBfs {

  private final Map<String, Map<String, Set<LinkType>>> adjacency = new HashMap<>();
  private final int hubDegree;

  PlainBfs(int hubDegree) {
    this.hubDegree = hubDegree;
  }

  void link(LinkType type, String a, String b) {
    adjacency
        .computeIfAbsent(a, k -> new HashMap<>())
        .computeIfAbsent(b, k -> EnumSet.noneOf(LinkType.class))
        .add(type);
    adjacency
        .computeIfAbsent(b, k -> new HashMap<>())
        .computeIfAbsent(a, k -> EnumSet.noneOf(LinkType.class))
        .add(type);
  }

  /** Distance and count of shortest paths; distance -1 when none within {@code maxHops}. */
  record Shortest(int distance, long paths) {}

  Shortest shortest(String from, String to, Set<LinkType> types, int maxHops) {
    Map<String, Integer> depth = new HashMap<>();
    Map<String, Long> paths = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    depth.put(from, 0);
    paths.put(from, 1L);
    queue.add(from);
    while (!queue.isEmpty()) {
      String node = queue.poll();
      int d = depth.get(node);
      if (node.equals(to) || d == maxHops || (!node.equals(from) && hub(node))) {
        continue;
      }
      for (Map.Entry<String, Set<LinkType>> next : adjacency.get(node).entrySet()) {
        if (next.getValue().stream().noneMatch(types::contains)) {
          continue;
        }
        String w = next.getKey();
        Integer seen = depth.get(w);
        if (seen == null) {
          depth.put(w, d + 1);
          paths.put(w, paths.get(node));
          queue.add(w);
        } else if (seen == d + 1) {
          paths.put(w, Math.min(Long.MAX_VALUE / 2, paths.get(w) + paths.get(node)));
        }
      }
    }
    Integer d = depth.get(to);
    return d == null ? new Shortest(-1, 0) : new Shortest(d, paths.get(to));
  }

  boolean hub(String ref) {
    return ref.startsWith("village:")
        || ref.startsWith("township:")
        || ref.startsWith("checkpoint:")
        || adjacency.get(ref).size() > hubDegree;
  }

  boolean joined(String a, String b, LinkType type) {
    return adjacency.getOrDefault(a, Map.of()).getOrDefault(b, Set.of()).contains(type);
  }

  /** A random walk of up to {@code steps} hops over the types, never through a hub. */
  String walk(String from, Set<LinkType> types, int steps, SplittableRandom random) {
    String node = from;
    for (int i = 0; i < steps; i++) {
      if (!node.equals(from) && hub(node)) {
        break;
      }
      List<String> next = new ArrayList<>();
      adjacency
          .get(node)
          .forEach(
              (w, t) -> {
                if (t.stream().anyMatch(types::contains) && !w.equals(from)) {
                  next.add(w);
                }
              });
      if (next.isEmpty()) {
        break;
      }
      next.sort(String::compareTo);
      node = next.get(random.nextInt(next.size()));
    }
    return node;
  }
}
