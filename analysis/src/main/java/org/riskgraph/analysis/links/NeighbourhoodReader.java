package org.riskgraph.analysis.links;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.riskgraph.analysis.links.Neighbourhood.Direction;
import org.riskgraph.analysis.links.Neighbourhood.Neighbour;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkReads;
import org.riskgraph.graph.link.LinkRepository;
import org.riskgraph.graph.link.LinkType;
import org.riskgraph.graph.link.Shape;
import org.riskgraph.graph.store.GraphStore;

/**
 * Reads a neighbourhood from the store in one read transaction ({@link LinkRepository#inOneRead}):
 * per relationship type, shape and direction one query that counts the relationships ({@code
 * total}) and lists the most recent {@code limit}; at depth 2 the same for the listed depth-1
 * neighbours that are not hubs, at most {@code expandLimit} of them, batched per kind.
 */
public final class NeighbourhoodReader {

  public static final int DEFAULT_EXPAND_LIMIT = 100;

  private final LinkRepository links;
  private final Duration timeout;
  private final int expandLimit;

  public NeighbourhoodReader(GraphStore store, Duration timeout, int expandLimit) {
    this.links = new LinkRepository(store);
    this.timeout = timeout;
    this.expandLimit = expandLimit;
  }

  /**
   * The neighbourhood, or empty when the entity is not in the store.
   *
   * @param hub whether a depth-1 neighbour is a hub, not to be expanded at depth 2
   */
  public Optional<Neighbourhood> read(NeighbourhoodQuery query, Predicate<EntityRef> hub) {
    return links.inOneRead(timeout, reads -> read(reads, query, hub));
  }

  private Optional<Neighbourhood> read(
      LinkReads reads, NeighbourhoodQuery query, Predicate<EntityRef> hub) {
    EntityRef seed = query.entity();
    Map<EntityRef, String> names = new HashMap<>(DisplayNames.of(reads.names(List.of(seed))));
    if (names.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = LinkRepository.today();
    List<Neighbourhood.Group> groups =
        new ArrayList<>(expand(reads, query, seed.kind(), List.of(seed.key()), day, names, 1));
    Set<EntityRef> around = new LinkedHashSet<>();
    groups.forEach(g -> g.items().forEach(i -> around.add(i.ref())));
    around.remove(seed);
    List<EntityRef> hubs = around.stream().filter(hub).toList();
    List<EntityRef> expandable = around.stream().filter(hub.negate()).toList();
    boolean capped = query.depth() == 2 && expandable.size() > expandLimit;
    if (query.depth() == 2) {
      Map<EntityKind, List<String>> byKind = new EnumMap<>(EntityKind.class);
      expandable.stream()
          .limit(expandLimit)
          .forEach(r -> byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.key()));
      List<Neighbourhood.Group> second = new ArrayList<>();
      byKind.forEach(
          (kind, keys) -> second.addAll(expand(reads, query, kind, keys, day, names, 2)));
      groups.addAll(merge(second, query.limit()));
    }
    return Optional.of(
        new Neighbourhood(
            seed,
            names.get(seed),
            query.depth(),
            groups,
            query.depth() == 2 ? hubs : List.of(),
            capped));
  }

  /** One group per (type, direction) from the anchors of one kind; items name their anchor. */
  private static List<Neighbourhood.Group> expand(
      LinkReads reads,
      NeighbourhoodQuery query,
      EntityKind anchorKind,
      List<String> anchors,
      LocalDate day,
      Map<EntityRef, String> names,
      int depth) {
    List<Neighbourhood.Group> groups = new ArrayList<>();
    for (LinkType type : LinkType.values()) {
      if (!query.types().contains(type)) {
        continue;
      }
      for (Shape shape : type.shapes()) {
        for (Direction direction : Direction.values()) {
          EntityKind anchored = direction == Direction.OUT ? shape.from() : shape.to();
          if (anchored != anchorKind) {
            continue;
          }
          boolean out = direction == Direction.OUT;
          EntityKind otherKind = out ? shape.to() : shape.from();
          Map<String, Long> totals = new LinkedHashMap<>();
          List<Neighbour> items = new ArrayList<>();
          for (org.riskgraph.graph.link.Neighbour row :
              reads.around(
                  query.entity(),
                  type,
                  shape,
                  out,
                  anchors,
                  query.window().since(),
                  query.window().until(),
                  day,
                  query.limit())) {
            EntityRef via = new EntityRef(anchorKind, row.via());
            totals.put(via.key(), row.total());
            EntityRef other = new EntityRef(otherKind, row.key());
            String otherName = DisplayNames.of(otherKind, row.key(), row.name().orElse(null));
            names.putIfAbsent(other, otherName);
            Evidence evidence =
                Relationships.evidence(
                    via,
                    other,
                    type,
                    out ? names.get(via) : otherName,
                    out ? otherName : names.get(via),
                    row.properties(),
                    row.start(),
                    row.end());
            items.add(
                new Neighbour(
                    other, otherName, depth == 1 ? Optional.empty() : Optional.of(via), evidence));
          }
          long total = totals.values().stream().mapToLong(Long::longValue).sum();
          if (total > 0) {
            groups.add(new Neighbourhood.Group(type, direction, depth, total, items));
          }
        }
      }
    }
    return groups;
  }

  /** Folds the depth-2 groups of several kinds of anchor into one per type and direction. */
  private static List<Neighbourhood.Group> merge(List<Neighbourhood.Group> parts, int limit) {
    Map<String, List<Neighbourhood.Group>> byKey = new LinkedHashMap<>();
    parts.forEach(
        g -> byKey.computeIfAbsent(g.type() + " " + g.direction(), k -> new ArrayList<>()).add(g));
    List<Neighbourhood.Group> merged = new ArrayList<>();
    for (List<Neighbourhood.Group> same : byKey.values()) {
      long total = same.stream().mapToLong(Neighbourhood.Group::total).sum();
      List<Neighbour> items =
          same.stream()
              .flatMap(g -> g.items().stream())
              .sorted(MOST_RECENT_FIRST)
              .limit(limit)
              .toList();
      Neighbourhood.Group first = same.getFirst();
      merged.add(new Neighbourhood.Group(first.type(), first.direction(), 2, total, items));
    }
    return merged;
  }

  /** As the store orders each list: undated first, then newest first, then by key. */
  private static final Comparator<Neighbour> MOST_RECENT_FIRST =
      Comparator.<Neighbour, Boolean>comparing(n -> n.evidence().at().isPresent())
          .thenComparing(
              n -> n.evidence().at().map(OffsetDateTime::toInstant).orElse(null),
              Comparator.nullsFirst(Comparator.reverseOrder()))
          .thenComparing(n -> n.ref().key());
}
