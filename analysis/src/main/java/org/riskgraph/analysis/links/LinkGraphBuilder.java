package org.riskgraph.analysis.links;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.link.LinkType;

/**
 * Collects nodes and relationships, then lays them out as a {@link LinkGraph}: nodes sorted by kind
 * and key (so the same data always gives the same ids and the same order of answers), parallel
 * relationships folded into one link, adjacency sorted by neighbour. Not thread-safe.
 */
public final class LinkGraphBuilder {

  private static final EntityKind[] KINDS = EntityKind.values();

  private final List<Map<String, Integer>> index = new ArrayList<>();
  private final List<String> keys = new ArrayList<>();
  private byte[] kinds = new byte[1024];
  private final Map<String, Short> qualifierIndex = new HashMap<>();
  private final List<String> qualifiers = new ArrayList<>();
  private int[] from = new int[1024];
  private int[] to = new int[1024];
  private byte[] types = new byte[1024];
  private long[] starts = new long[1024];
  private long[] ends = new long[1024];
  private short[] quals = new short[1024];
  private int edges;

  public LinkGraphBuilder() {
    for (int k = 0; k < KINDS.length; k++) {
      index.add(new HashMap<>());
    }
  }

  /** The node's temporary id, adding it if new. */
  public int node(EntityKind kind, String key) {
    Map<String, Integer> byKey = index.get(kind.ordinal());
    Integer known = byKey.get(key);
    if (known != null) {
      return known;
    }
    int id = keys.size();
    byKey.put(key, id);
    keys.add(key);
    if (id == kinds.length) {
      kinds = Arrays.copyOf(kinds, id * 2);
    }
    kinds[id] = (byte) kind.ordinal();
    return id;
  }

  /**
   * Adds a stored relationship {@code (from)-[type]->(to)} dated {@code start..end} (epoch seconds,
   * {@link LinkGraph#OPEN_START}/{@link LinkGraph#OPEN_END} for open ends).
   *
   * @param qualifier the role or kind that tells it from others of its type, or {@code null}
   */
  public void add(
      LinkType type,
      EntityKind fromKind,
      String fromKey,
      EntityKind toKind,
      String toKey,
      long start,
      long end,
      String qualifier) {
    if (type.shapes().stream().noneMatch(s -> s.from() == fromKind && s.to() == toKind)) {
      throw new IllegalArgumentException(
          type + " does not join " + fromKind + " to " + toKind + " (" + fromKey + ")");
    }
    if (start > end) {
      throw new IllegalArgumentException(type + " " + fromKey + " ends before it starts");
    }
    int a = node(fromKind, fromKey);
    int b = node(toKind, toKey);
    if (a == b) {
      return;
    }
    if (edges == from.length) {
      int size = edges * 2;
      from = Arrays.copyOf(from, size);
      to = Arrays.copyOf(to, size);
      types = Arrays.copyOf(types, size);
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      quals = Arrays.copyOf(quals, size);
    }
    from[edges] = a;
    to[edges] = b;
    types[edges] = (byte) type.ordinal();
    starts[edges] = start;
    ends[edges] = end;
    quals[edges] = qualifier == null ? -1 : qualifier(qualifier);
    edges++;
  }

  private short qualifier(String value) {
    return qualifierIndex.computeIfAbsent(
        value,
        v -> {
          qualifiers.add(v);
          return (short) (qualifiers.size() - 1);
        });
  }

  public LinkGraph build(Instant asOf) {
    int n = keys.size();
    int[] renumber = new int[n];
    byte[] sortedKinds = new byte[n];
    String[] sortedKeys = new String[n];
    int[] kindStart = new int[KINDS.length + 1];
    int next = 0;
    for (int k = 0; k < KINDS.length; k++) {
      kindStart[k] = next;
      Map<String, Integer> byKey = index.get(k);
      String[] names = byKey.keySet().toArray(String[]::new);
      Arrays.sort(names);
      for (String name : names) {
        renumber[byKey.get(name)] = next;
        sortedKinds[next] = (byte) k;
        sortedKeys[next] = name;
        next++;
      }
    }
    kindStart[KINDS.length] = next;
    return new Layout(n, renumber).lay(sortedKinds, sortedKeys, kindStart, asOf);
  }

  /** Folds edges into links and lays out the adjacency arrays. */
  private final class Layout {
    private final int n;
    private final int[] renumber;

    Layout(int n, int[] renumber) {
      this.n = n;
      this.renumber = renumber;
    }

    LinkGraph lay(byte[] sortedKinds, String[] sortedKeys, int[] kindStart, Instant asOf) {
      int[] low = new int[edges];
      int[] high = new int[edges];
      int[] bucketStart = new int[n + 1];
      for (int e = 0; e < edges; e++) {
        int a = renumber[from[e]];
        int b = renumber[to[e]];
        low[e] = Math.min(a, b);
        high[e] = Math.max(a, b);
        bucketStart[low[e] + 1]++;
      }
      for (int v = 0; v < n; v++) {
        bucketStart[v + 1] += bucketStart[v];
      }
      long[] packed = new long[edges];
      int[] fill = Arrays.copyOf(bucketStart, n);
      for (int e = 0; e < edges; e++) {
        packed[fill[low[e]]++] = (long) high[e] << 32 | e;
      }
      for (int v = 0; v < n; v++) {
        Arrays.sort(packed, bucketStart[v], bucketStart[v + 1]);
      }
      // packed is now in (low, high) order; a run of equal (low, high) is one link
      int[] order = new int[edges];
      int[] linkStartTmp = new int[edges + 1];
      int[] linkLow = new int[edges];
      int[] linkHigh = new int[edges];
      int links = 0;
      for (int i = 0; i < edges; i++) {
        int e = (int) packed[i];
        order[i] = e;
        if (i == 0 || low[e] != low[order[i - 1]] || high[e] != high[order[i - 1]]) {
          linkStartTmp[links] = i;
          linkLow[links] = low[e];
          linkHigh[links] = high[e];
          links++;
        }
      }
      linkStartTmp[links] = edges;
      int[] linkEdges = Arrays.copyOf(linkStartTmp, links + 1);
      for (int l = 0; l < links; l++) {
        sortWithinLink(order, linkEdges[l], linkEdges[l + 1]);
      }
      LinkGraph.Edges columns = columns(order);
      int[] linkMasks = new int[links];
      for (int l = 0; l < links; l++) {
        for (int i = linkEdges[l]; i < linkEdges[l + 1]; i++) {
          linkMasks[l] |= 1 << columns.types()[i];
        }
      }
      int[] offsets = new int[n + 1];
      for (int l = 0; l < links; l++) {
        offsets[linkLow[l] + 1]++;
        offsets[linkHigh[l] + 1]++;
      }
      for (int v = 0; v < n; v++) {
        offsets[v + 1] += offsets[v];
      }
      // Links come in (low, high) order, so each node's neighbours come out ascending.
      int[] slot = Arrays.copyOf(offsets, n);
      int[] neighbours = new int[2 * links];
      int[] slotLinks = new int[2 * links];
      for (int l = 0; l < links; l++) {
        neighbours[slot[linkLow[l]]] = linkHigh[l];
        slotLinks[slot[linkLow[l]]++] = l;
        neighbours[slot[linkHigh[l]]] = linkLow[l];
        slotLinks[slot[linkHigh[l]]++] = l;
      }
      return new LinkGraph(
          sortedKinds,
          sortedKeys,
          kindStart,
          offsets,
          neighbours,
          slotLinks,
          linkEdges,
          linkMasks,
          columns,
          qualifiers.toArray(String[]::new),
          asOf);
    }

    /** Edges of one link in a fixed order (type, stored start, time), whatever the read order. */
    private void sortWithinLink(int[] order, int begin, int end) {
      for (int i = begin + 1; i < end; i++) {
        int e = order[i];
        int j = i - 1;
        while (j >= begin && compare(order[j], e) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = e;
      }
    }

    private int compare(int x, int y) {
      int c = Byte.compare(types[x], types[y]);
      if (c == 0) {
        c = Integer.compare(renumber[from[x]], renumber[from[y]]);
      }
      if (c == 0) {
        c = Long.compare(starts[x], starts[y]);
      }
      if (c == 0) {
        String qx = quals[x] < 0 ? "" : qualifiers.get(quals[x]);
        String qy = quals[y] < 0 ? "" : qualifiers.get(quals[y]);
        c = qx.compareTo(qy);
      }
      return c;
    }

    private LinkGraph.Edges columns(int[] order) {
      byte[] t = new byte[edges];
      int[] f = new int[edges];
      long[] s = new long[edges];
      long[] e = new long[edges];
      short[] q = new short[edges];
      for (int i = 0; i < edges; i++) {
        int k = order[i];
        t[i] = types[k];
        f[i] = renumber[from[k]];
        s[i] = starts[k];
        e[i] = ends[k];
        q[i] = quals[k];
      }
      return new LinkGraph.Edges(t, f, s, e, q);
    }
  }
}
