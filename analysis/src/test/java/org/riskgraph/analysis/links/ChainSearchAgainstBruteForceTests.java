package org.riskgraph.analysis.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.riskgraph.analysis.links.TestGraph.Rel;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;

/**
 * The k shortest chains on small random graphs equal the first k of every simple path enumerated by
 * brute force, under random types, windows, hub caps, hop limits and the temporal rule.
 */
class ChainSearchAgainstBruteForceTests {

  private static final List<LinkType> TYPES =
      List.of(
          LinkType.KNOWS,
          LinkType.USES,
          LinkType.OWNS,
          LinkType.TRAVELS_WITH,
          LinkType.INVOLVED_IN,
          LinkType.RESIDES_IN);

  @Test
  void kShortestChainsEqualTheFirstKSimplePathsFoundByBruteForce() {
    SplittableRandom random = new SplittableRandom(42);
    int compared = 0;
    int nonEmpty = 0;
    for (int trial = 0; trial < 400; trial++) {
      TestGraph test = randomGraph(random);
      LinkGraph graph = test.build();
      Set<EntityRef> nodes = new LinkedHashSet<>();
      test.rels.forEach(r -> nodes.addAll(List.of(r.from(), r.to())));
      List<EntityRef> list = new ArrayList<>(nodes);
      EntityRef from = list.get(random.nextInt(list.size()));
      EntityRef to = list.get(random.nextInt(list.size()));
      if (from.equals(to)) {
        continue;
      }
      ChainQuery query = randomQuery(random, from, to);
      int hubDegree = 3 + random.nextInt(8);

      LinkChains found = new ChainSearch(hubDegree, 10_000_000).find(graph, query);
      List<List<EntityRef>> expected = new BruteForce(test.rels, query, hubDegree).shortest();

      assertThat(found.truncated()).isFalse();
      assertThat(found.chains())
          .as("trial %d: %s", trial, query)
          .extracting(Chain::nodes)
          .containsExactlyElementsOf(expected);
      for (Chain chain : found.chains()) {
        assertThat(chain.hops()).allMatch(h -> query.types().contains(h.type()));
      }
      compared++;
      nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    assertThat(compared).isGreaterThan(300);
    assertThat(nonEmpty).isGreaterThan(100);
  }

  private static TestGraph randomGraph(SplittableRandom random) {
    TestGraph g = new TestGraph();
    int persons = 8 + random.nextInt(10);
    for (int i = 0; i < 14 + random.nextInt(12); i++) {
      String a = "P" + random.nextInt(persons);
      String b = "P" + random.nextInt(persons);
      if (a.equals(b)) {
        continue;
      }
      long since =
          random.nextBoolean() ? TestGraph.OPEN_START : ChainSearchTests.day(random.nextInt(60));
      g.add(
          LinkType.KNOWS,
          TestGraph.person(a),
          TestGraph.person(b),
          since,
          TestGraph.OPEN_END,
          random.nextBoolean() ? "FAMILY" : "COWORKER");
    }
    for (int phone = 0; phone < 3; phone++) {
      for (int u = 0; u < 2 + random.nextInt(2); u++) {
        g.uses("P" + random.nextInt(persons), "T" + phone);
      }
    }
    for (int vehicle = 0; vehicle < 4; vehicle++) {
      g.owns("P" + random.nextInt(persons), "V" + vehicle);
    }
    for (int pair = 0; pair < 2; pair++) {
      long first = ChainSearchTests.day(random.nextInt(40));
      g.travels(
          "V" + random.nextInt(2),
          "V" + (2 + random.nextInt(2)),
          first,
          first + random.nextInt(20) * 86_400L);
    }
    for (int incident = 0; incident < 5; incident++) {
      long at = ChainSearchTests.day(random.nextInt(60));
      for (int p = 0; p < 2 + random.nextInt(3); p++) {
        g.involved(
            "P" + random.nextInt(persons),
            "J" + incident,
            random.nextBoolean() ? "SUSPECT" : "VICTIM",
            at);
      }
    }
    for (int p = 0; p < 4; p++) {
      g.resides("P" + random.nextInt(persons), "W0");
    }
    return g;
  }

  private static ChainQuery randomQuery(SplittableRandom random, EntityRef from, EntityRef to) {
    EnumSet<LinkType> types = EnumSet.of(LinkType.KNOWS);
    for (LinkType type : TYPES) {
      if (random.nextInt(4) > 0) {
        types.add(type);
      }
    }
    TimeWindow window = TimeWindow.ALL;
    if (random.nextInt(3) == 0) {
      long since = ChainSearchTests.day(random.nextInt(40));
      window = new TimeWindow(Optional.of(time(since)), Optional.of(time(since + 30 * 86_400L)));
    }
    return new ChainQuery(
        from,
        to,
        1 + random.nextInt(6),
        1 + random.nextInt(8),
        types,
        window,
        random.nextInt(3) == 0,
        random.nextInt(4) == 0);
  }

  private static OffsetDateTime time(long second) {
    return OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(second), ZoneOffset.ofHours(8));
  }

  /** Every simple path, by plain depth-first enumeration over the relationship list. */
  private static final class BruteForce {
    private final Map<EntityRef, Map<EntityRef, List<Rel>>> adjacency = new HashMap<>();
    private final ChainQuery query;
    private final int hubDegree;
    private final List<List<EntityRef>> paths = new ArrayList<>();

    BruteForce(List<Rel> rels, ChainQuery query, int hubDegree) {
      this.query = query;
      this.hubDegree = hubDegree;
      for (Rel rel : rels) {
        adjacency
            .computeIfAbsent(rel.from(), k -> new HashMap<>())
            .computeIfAbsent(rel.to(), k -> new ArrayList<>())
            .add(rel);
        adjacency
            .computeIfAbsent(rel.to(), k -> new HashMap<>())
            .computeIfAbsent(rel.from(), k -> new ArrayList<>())
            .add(rel);
      }
    }

    List<List<EntityRef>> shortest() {
      List<EntityRef> path = new ArrayList<>(List.of(query.from()));
      extend(path, new HashSet<>(path), new ArrayList<>());
      paths.sort(
          Comparator.<List<EntityRef>>comparingInt(List::size)
              .thenComparing(BruteForce::lexicographic));
      return paths.subList(0, Math.min(query.limit(), paths.size()));
    }

    private void extend(List<EntityRef> path, Set<EntityRef> on, List<List<Rel>> hops) {
      EntityRef last = path.getLast();
      if (last.equals(query.to())) {
        if (feasible(hops, 0, Long.MIN_VALUE)) {
          paths.add(List.copyOf(path));
        }
        return;
      }
      if (path.size() > 1 && hub(last)) {
        return;
      }
      if (hops.size() == query.maxHops()) {
        return;
      }
      for (Map.Entry<EntityRef, List<Rel>> next : adjacency.get(last).entrySet()) {
        if (on.contains(next.getKey())) {
          continue;
        }
        List<Rel> usable =
            next.getValue().stream()
                .filter(r -> query.types().contains(r.type()))
                .filter(r -> query.window().meets(r.start(), r.end()))
                .toList();
        if (usable.isEmpty()) {
          continue;
        }
        path.add(next.getKey());
        on.add(next.getKey());
        hops.add(usable);
        extend(path, on, hops);
        hops.removeLast();
        on.remove(next.getKey());
        path.removeLast();
      }
    }

    /** Tries every choice of relationship per hop. */
    private boolean feasible(List<List<Rel>> hops, int i, long time) {
      if (!query.temporal() || i == hops.size()) {
        return true;
      }
      for (Rel rel : hops.get(i)) {
        if (rel.end() >= time && feasible(hops, i + 1, Math.max(time, rel.start()))) {
          return true;
        }
      }
      return false;
    }

    private boolean hub(EntityRef node) {
      if (query.includeHubs()) {
        return false;
      }
      return node.kind() == EntityKind.VILLAGE || adjacency.get(node).size() > hubDegree;
    }

    private static int lexicographic(List<EntityRef> a, List<EntityRef> b) {
      for (int i = 0; i < a.size(); i++) {
        int c = Integer.compare(a.get(i).kind().ordinal(), b.get(i).kind().ordinal());
        if (c == 0) {
          c = a.get(i).key().compareTo(b.get(i).key());
        }
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }
  }
}
