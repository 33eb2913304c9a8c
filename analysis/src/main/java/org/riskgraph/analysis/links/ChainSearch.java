package org.riskgraph.analysis.links;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.riskgraph.graph.entity.EntityRef;

/**
 * Finds the k shortest simple chains between two entities on a {@link LinkGraph}, by a bounded
 * bidirectional search ({@link ChainEnumerator}) rather than Yen's algorithm, which re-runs a
 * shortest-path search per candidate and is far too slow on a county. Safe to share between
 * threads.
 */
public final class ChainSearch {

  public static final int DEFAULT_HUB_DEGREE = 200;
  public static final long DEFAULT_WORK_BUDGET = 5_000_000;

  private final int hubDegree;
  private final long workBudget;

  /**
   * @param hubDegree nodes with more neighbours than this are hubs, not passed through unless asked
   * @param workBudget relationships a search may look at before it stops and says so
   */
  public ChainSearch(int hubDegree, long workBudget) {
    if (hubDegree < 1) {
      throw new IllegalArgumentException("hubDegree must be positive: " + hubDegree);
    }
    if (workBudget < 1) {
      throw new IllegalArgumentException("workBudget must be positive: " + workBudget);
    }
    this.hubDegree = hubDegree;
    this.workBudget = workBudget;
  }

  public ChainSearch() {
    this(DEFAULT_HUB_DEGREE, DEFAULT_WORK_BUDGET);
  }

  public int hubDegree() {
    return hubDegree;
  }

  /** The chains; none (not an error) when an end is not in the projection or nothing joins them. */
  public LinkChains find(LinkGraph graph, ChainQuery query) {
    OptionalInt from = graph.node(query.from());
    OptionalInt to = graph.node(query.to());
    if (from.isEmpty() || to.isEmpty()) {
      return new LinkChains(query.from(), query.to(), List.of(), false, 0, graph.asOf());
    }
    Scratch scratch = graph.borrow();
    try {
      ChainEnumerator search =
          new ChainEnumerator(
              graph, scratch, from.getAsInt(), to.getAsInt(), query, hubDegree, workBudget);
      search.run();
      List<Chain> chains = new ArrayList<>();
      for (int i = 0; i < search.foundNodes.size(); i++) {
        chains.add(chain(graph, search.foundNodes.get(i), search.foundEdges.get(i)));
      }
      return new LinkChains(
          query.from(), query.to(), chains, search.truncated(), search.work(), graph.asOf());
    } finally {
      graph.release(scratch);
    }
  }

  private static Chain chain(LinkGraph graph, int[] nodes, int[] edges) {
    List<EntityRef> refs = new ArrayList<>(nodes.length);
    for (int node : nodes) {
      refs.add(graph.ref(node));
    }
    List<ChainHop> hops = new ArrayList<>(edges.length);
    for (int i = 0; i < edges.length; i++) {
      int e = edges[i];
      hops.add(
          new ChainHop(
              refs.get(i),
              refs.get(i + 1),
              graph.type(e),
              graph.storedFrom(e) != nodes[i],
              graph.qualifier(e),
              graph.start(e),
              graph.end(e)));
    }
    return new Chain(refs, hops);
  }
}
