package org.riskgraph.analysis.links;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;

/**
 * An immutable in-memory projection of the relationships chains may use, as adjacency arrays. Nodes
 * are ints ordered by kind and key; two nodes joined by one or more relationships share one
 * <em>link</em>, which holds those relationships as <em>edges</em> (type, stored direction, time
 * span, qualifier). Each edge points back to the stored relationship through its endpoints' keys,
 * its type and its qualifier, so evidence can be read from the store for the chains returned.
 *
 * <p>Times are epoch seconds; an undated edge spans {@link #OPEN_START}..{@link #OPEN_END}. Build
 * one with {@link LinkGraphBuilder}.
 */
public final class LinkGraph {

  public static final long OPEN_START = Long.MIN_VALUE;
  public static final long OPEN_END = Long.MAX_VALUE;

  private static final EntityKind[] KINDS = EntityKind.values();
  private static final LinkType[] TYPES = LinkType.values();

  private final byte[] kinds;
  private final String[] keys;
  private final int[] kindStart;
  private final int[] offsets;
  private final int[] neighbours;
  private final int[] slotLinks;
  private final int[] linkEdges;
  private final int[] linkMasks;
  private final byte[] edgeTypes;
  private final int[] edgeFrom;
  private final long[] edgeStart;
  private final long[] edgeEnd;
  private final short[] edgeQualifiers;
  private final String[] qualifiers;
  private final Instant asOf;
  private final ConcurrentLinkedDeque<Scratch> scratch = new ConcurrentLinkedDeque<>();

  LinkGraph(
      byte[] kinds,
      String[] keys,
      int[] kindStart,
      int[] offsets,
      int[] neighbours,
      int[] slotLinks,
      int[] linkEdges,
      int[] linkMasks,
      Edges edges,
      String[] qualifiers,
      Instant asOf) {
    this.kinds = kinds;
    this.keys = keys;
    this.kindStart = kindStart;
    this.offsets = offsets;
    this.neighbours = neighbours;
    this.slotLinks = slotLinks;
    this.linkEdges = linkEdges;
    this.linkMasks = linkMasks;
    this.edgeTypes = edges.types();
    this.edgeFrom = edges.from();
    this.edgeStart = edges.start();
    this.edgeEnd = edges.end();
    this.edgeQualifiers = edges.qualifiers();
    this.qualifiers = qualifiers;
    this.asOf = asOf;
  }

  /** Edge columns in link order. */
  record Edges(byte[] types, int[] from, long[] start, long[] end, short[] qualifiers) {}

  public int nodeCount() {
    return kinds.length;
  }

  public int linkCount() {
    return linkMasks.length;
  }

  public int edgeCount() {
    return edgeTypes.length;
  }

  /** When the data behind it was read. */
  public Instant asOf() {
    return asOf;
  }

  public OptionalInt node(EntityRef ref) {
    int kind = ref.kind().ordinal();
    int found = Arrays.binarySearch(keys, kindStart[kind], kindStart[kind + 1], ref.key());
    return found >= 0 ? OptionalInt.of(found) : OptionalInt.empty();
  }

  public EntityRef ref(int node) {
    return new EntityRef(kind(node), keys[node]);
  }

  public EntityKind kind(int node) {
    return KINDS[kinds[node]];
  }

  public String key(int node) {
    return keys[node];
  }

  /** Number of distinct neighbours, over every type the projection holds. */
  public int degree(int node) {
    return offsets[node + 1] - offsets[node];
  }

  /** Villages, townships and checkpoints: places that join everyone around them. */
  public boolean hubKind(int node) {
    EntityKind kind = kind(node);
    return kind == EntityKind.VILLAGE
        || kind == EntityKind.TOWNSHIP
        || kind == EntityKind.CHECKPOINT;
  }

  /** A hub kind, or more than {@code degreeCap} neighbours. */
  public boolean hub(int node, int degreeCap) {
    return hubKind(node) || degree(node) > degreeCap;
  }

  /** The hub rule for any entity: by the projection's degree, or by kind when not in it. */
  public boolean hub(EntityRef ref, int degreeCap) {
    OptionalInt node = node(ref);
    if (node.isPresent()) {
      return hub(node.getAsInt(), degreeCap);
    }
    return ref.kind() == EntityKind.VILLAGE
        || ref.kind() == EntityKind.TOWNSHIP
        || ref.kind() == EntityKind.CHECKPOINT;
  }

  public int firstSlot(int node) {
    return offsets[node];
  }

  public int endSlot(int node) {
    return offsets[node + 1];
  }

  public int neighbour(int slot) {
    return neighbours[slot];
  }

  public int link(int slot) {
    return slotLinks[slot];
  }

  public int firstEdge(int link) {
    return linkEdges[link];
  }

  public int endEdge(int link) {
    return linkEdges[link + 1];
  }

  /** Whether the link holds an edge of a type in {@code typeMask} (see {@link #mask}). */
  public boolean hasType(int link, int typeMask) {
    return (linkMasks[link] & typeMask) != 0;
  }

  public LinkType type(int edge) {
    return TYPES[edgeTypes[edge]];
  }

  public boolean typeIn(int edge, int typeMask) {
    return (typeMask & (1 << edgeTypes[edge])) != 0;
  }

  /** The node the stored relationship starts at. */
  public int storedFrom(int edge) {
    return edgeFrom[edge];
  }

  public long start(int edge) {
    return edgeStart[edge];
  }

  public long end(int edge) {
    return edgeEnd[edge];
  }

  public Optional<String> qualifier(int edge) {
    short q = edgeQualifiers[edge];
    return q < 0 ? Optional.empty() : Optional.of(qualifiers[q]);
  }

  public boolean qualifierIs(int edge, String value) {
    short q = edgeQualifiers[edge];
    return q >= 0 && qualifiers[q].equals(value);
  }

  public static int mask(Set<LinkType> types) {
    int mask = 0;
    for (LinkType type : types) {
      mask |= 1 << type.ordinal();
    }
    return mask;
  }

  /** How many stored relationships of each type the projection holds. */
  public Map<LinkType, Integer> edgeCounts() {
    Map<LinkType, Integer> counts = new EnumMap<>(LinkType.class);
    for (byte type : edgeTypes) {
      counts.merge(TYPES[type], 1, Integer::sum);
    }
    return counts;
  }

  /** How many nodes of each kind it holds. */
  public Map<EntityKind, Integer> nodeCounts() {
    Map<EntityKind, Integer> counts = new EnumMap<>(EntityKind.class);
    for (EntityKind kind : KINDS) {
      int n = kindStart[kind.ordinal() + 1] - kindStart[kind.ordinal()];
      if (n > 0) {
        counts.put(kind, n);
      }
    }
    return counts;
  }

  /** Per-query working arrays, reused across queries on this graph. */
  Scratch borrow() {
    Scratch s = scratch.pollFirst();
    return s != null ? s : new Scratch(nodeCount());
  }

  void release(Scratch s) {
    scratch.addFirst(s);
  }
}
