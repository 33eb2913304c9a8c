package org.riskgraph.analysis.links;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One k-shortest-simple-chains search, meeting in the middle. Breadth-first balls grow from both
 * ends (the smaller frontier first) until their radii add up to the length L being enumerated; then
 * a depth-first walk from the start lists every simple chain of exactly L hops, pruned by exact
 * lower bounds: in the first {@code half} hops, the distance to a valid midpoint (a node of the
 * forward ball within {@code half} of the start and within {@code L - half} of the end), after it
 * the distance to the end. L grows from the distance between the ends to {@code maxHops}, so chains
 * come out shortest first. Hubs are never entered except as an end; the type and window filters
 * apply during expansion; the temporal rule is checked greedily on the walk (the earliest usable
 * moment of each hop is the best for the rest of the chain). Every relationship looked at costs one
 * unit of a work budget.
 */
final class ChainEnumerator {

  private static final int INF = Integer.MAX_VALUE;

  private final LinkGraph graph;
  private final Scratch scratch;
  private final int start;
  private final int end;
  private final int typeMask;
  private final TimeWindow window;
  private final boolean windowed;
  private final boolean temporal;
  private final boolean includeHubs;
  private final int hubDegree;
  private final int maxHops;
  private final int limit;
  private final long budget;

  private long work;
  private boolean truncated;
  private IntList frontForward = new IntList();
  private IntList frontBackward = new IntList();
  private final IntList ballForward = new IntList();
  private int radiusForward;
  private int radiusBackward;
  private boolean doneForward;
  private boolean doneBackward;
  private int meet = INF;

  private int length;
  private int half;
  private final int[] pathNodes = new int[ChainQuery.MAX_HOPS + 1];
  private final int[] pathEdges = new int[ChainQuery.MAX_HOPS];
  final List<int[]> foundNodes = new ArrayList<>();
  final List<int[]> foundEdges = new ArrayList<>();

  ChainEnumerator(
      LinkGraph graph,
      Scratch scratch,
      int start,
      int end,
      ChainQuery query,
      int hubDegree,
      long budget) {
    this.graph = graph;
    this.scratch = scratch;
    this.start = start;
    this.end = end;
    this.typeMask = LinkGraph.mask(query.types());
    this.window = query.window();
    this.windowed = !query.window().open();
    this.temporal = query.temporal();
    this.includeHubs = query.includeHubs();
    this.hubDegree = hubDegree;
    this.maxHops = query.maxHops();
    this.limit = query.limit();
    this.budget = budget;
  }

  long work() {
    return work;
  }

  boolean truncated() {
    return truncated;
  }

  void run() {
    scratch.clear();
    scratch.forward.set(start, 0);
    scratch.backward.set(end, 0);
    frontForward.add(start);
    frontBackward.add(end);
    ballForward.add(start);
    for (int hops = 1; hops <= maxHops && foundNodes.size() < limit; hops++) {
      while (!enough(hops) && grow()) {
        // grow until the balls span this length
      }
      if (truncated) {
        return;
      }
      if (meet > hops) {
        if ((doneForward || doneBackward) && meet == INF) {
          return;
        }
        continue;
      }
      enumerate(hops);
      if (truncated) {
        return;
      }
    }
  }

  private boolean enough(int hops) {
    long forward = doneForward ? hops : radiusForward;
    long backward = doneBackward ? hops : radiusBackward;
    return forward + backward >= hops;
  }

  private boolean grow() {
    if (doneForward && doneBackward) {
      return false;
    }
    boolean forward = doneBackward || (!doneForward && frontForward.size() <= frontBackward.size());
    expand(forward);
    return !truncated;
  }

  private void expand(boolean forward) {
    Scratch.Marks mine = forward ? scratch.forward : scratch.backward;
    Scratch.Marks other = forward ? scratch.backward : scratch.forward;
    IntList front = forward ? frontForward : frontBackward;
    int target = forward ? end : start;
    int radius = forward ? radiusForward : radiusBackward;
    IntList next = new IntList(front.size() * 4);
    for (int f = 0; f < front.size(); f++) {
      int v = front.get(f);
      if (v == target) {
        continue;
      }
      for (int slot = graph.firstSlot(v); slot < graph.endSlot(v); slot++) {
        if (++work > budget) {
          truncated = true;
          return;
        }
        int w = graph.neighbour(slot);
        if (mine.has(w) || !enterable(w) || !passes(graph.link(slot))) {
          continue;
        }
        mine.set(w, radius + 1);
        next.add(w);
        if (forward) {
          ballForward.add(w);
        }
        int there = other.get(w);
        if (there != INF) {
          meet = Math.min(meet, radius + 1 + there);
        }
      }
    }
    if (forward) {
      radiusForward++;
      frontForward = next;
      doneForward = next.isEmpty();
    } else {
      radiusBackward++;
      frontBackward = next;
      doneBackward = next.isEmpty();
    }
  }

  private boolean enterable(int node) {
    return node == start || node == end || includeHubs || !graph.hub(node, hubDegree);
  }

  /** Whether any relationship of the link has a wanted type and meets the window. */
  private boolean passes(int link) {
    if (!graph.hasType(link, typeMask)) {
      return false;
    }
    if (!windowed) {
      return true;
    }
    for (int e = graph.firstEdge(link); e < graph.endEdge(link); e++) {
      if (graph.typeIn(e, typeMask) && window.meets(graph.start(e), graph.end(e))) {
        return true;
      }
    }
    return false;
  }

  private void enumerate(int hops) {
    length = hops;
    half = doneForward ? hops : Math.min(radiusForward, hops);
    middle(half, hops - half);
    if (truncated) {
      return;
    }
    pathNodes[0] = start;
    scratch.path.set(start, 1);
    walk(start, 0, LinkGraph.OPEN_START);
    scratch.path.unset(start);
  }

  /** Distance to a valid midpoint, for the forward ball's nodes within {@code a} of the start. */
  private void middle(int a, int b) {
    Scratch.Marks mid = scratch.middle;
    mid.clear();
    int[] queue = scratch.queue;
    int tail = 0;
    for (int i = 0; i < ballForward.size(); i++) {
      int u = ballForward.get(i);
      if (scratch.forward.get(u) <= a && scratch.backward.get(u) <= b) {
        mid.set(u, 0);
        queue = push(queue, tail++, u);
      }
    }
    for (int head = 0; head < tail; head++) {
      int u = queue[head];
      int d = mid.get(u);
      if (d >= a) {
        continue;
      }
      for (int slot = graph.firstSlot(u); slot < graph.endSlot(u); slot++) {
        if (++work > budget) {
          truncated = true;
          scratch.queue = queue;
          return;
        }
        int w = graph.neighbour(slot);
        if (mid.has(w) || scratch.forward.get(w) > a || !passes(graph.link(slot))) {
          continue;
        }
        mid.set(w, d + 1);
        queue = push(queue, tail++, w);
      }
    }
    scratch.queue = queue;
  }

  private static int[] push(int[] queue, int at, int value) {
    int[] q = at == queue.length ? Arrays.copyOf(queue, queue.length * 2) : queue;
    q[at] = value;
    return q;
  }

  private void walk(int v, int depth, long time) {
    int j = depth + 1;
    for (int slot = graph.firstSlot(v); slot < graph.endSlot(v); slot++) {
      if (foundNodes.size() >= limit) {
        return;
      }
      if (++work > budget) {
        truncated = true;
        return;
      }
      int w = graph.neighbour(slot);
      if (w == end) {
        if (j != length) {
          continue;
        }
      } else if (j == length || scratch.path.has(w) || !bounded(w, j)) {
        continue;
      }
      int edge = choose(graph.link(slot), time);
      if (edge < 0) {
        continue;
      }
      pathNodes[j] = w;
      pathEdges[depth] = edge;
      if (w == end) {
        foundNodes.add(Arrays.copyOf(pathNodes, length + 1));
        foundEdges.add(Arrays.copyOf(pathEdges, length));
        continue;
      }
      scratch.path.set(w, 1);
      walk(w, j, temporal ? Math.max(time, graph.start(edge)) : time);
      scratch.path.unset(w);
      if (truncated) {
        return;
      }
    }
  }

  /** Whether a chain through {@code w} at position {@code j} can still end at L hops. */
  private boolean bounded(int w, int j) {
    if (j < half) {
      return scratch.middle.get(w) <= half - j;
    }
    return scratch.backward.get(w) <= length - j;
  }

  /**
   * The relationship to cross the link by: the first that passes the filters, or under the temporal
   * rule the one usable earliest at or after {@code time}; -1 when none.
   */
  private int choose(int link, long time) {
    int best = -1;
    long bestTime = Long.MAX_VALUE;
    for (int e = graph.firstEdge(link); e < graph.endEdge(link); e++) {
      if (!graph.typeIn(e, typeMask) || (windowed && !window.meets(graph.start(e), graph.end(e)))) {
        continue;
      }
      if (!temporal) {
        return e;
      }
      if (graph.end(e) < time) {
        continue;
      }
      long at = Math.max(time, graph.start(e));
      if (best < 0 || at < bestTime) {
        best = e;
        bestTime = at;
      }
    }
    return best;
  }
}
