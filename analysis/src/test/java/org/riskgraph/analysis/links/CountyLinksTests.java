package org.riskgraph.analysis.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riskgraph.analysis.cotravel.CoTravel;
import org.riskgraph.analysis.cotravel.CoTravelDerivation;
import org.riskgraph.analysis.cotravel.CoTravelPair;
import org.riskgraph.analysis.cotravel.CoTravelRule;
import org.riskgraph.analysis.cotravel.CountySightings;
import org.riskgraph.analysis.groups.Group;
import org.riskgraph.analysis.groups.GroupFinder;
import org.riskgraph.analysis.groups.GroupQuery;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.plant.GroundTruth;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;

/**
 * The link analyses on the full seed-42 county in memory, against the planted ground truth and an
 * independent breadth-first search. Co-travel is derived from the county's own sightings.
 */
class CountyLinksTests {

  private static County county;
  private static CoTravel coTravel;
  private static LinkGraph graph;

  @BeforeAll
  static void generate() {
    county = CountyGenerator.generate(Scale.COUNTY, 42, Plants.ALL);
    coTravel = new CoTravelDerivation(CoTravelRule.defaults()).derive(new CountySightings(county));
    graph = CountyGraphs.linkGraph(county, coTravel.pairs());
  }

  @AfterAll
  static void release() {
    county = null;
    coTravel = null;
    graph = null;
  }

  @Test
  void coTravelFindsExactlyThePlantedRingPairsAmongTheRingsVehicles() {
    GroundTruth.TheftRing ring = county.groundTruth().theftRing().orElseThrow();
    Set<String> ringPlates = Set.copyOf(ring.vehicles());
    Set<List<String>> planted = new HashSet<>();
    ring.coTravelPairs()
        .forEach(p -> planted.add(p.get(0).compareTo(p.get(1)) < 0 ? p : p.reversed()));

    Set<List<String>> found = new HashSet<>();
    for (CoTravelPair pair : coTravel.pairs()) {
      if (ringPlates.contains(pair.plateA()) || ringPlates.contains(pair.plateB())) {
        found.add(List.of(pair.plateA(), pair.plateB()));
      }
    }

    assertThat(coTravel.sightings()).isGreaterThan(2_000_000);
    assertThat(found).containsExactlyInAnyOrderElementsOf(planted);
  }

  @Test
  void theftRingEndpointsAreJoinedByAChainOfThePlantedLength() {
    GroundTruth.TheftRing ring = county.groundTruth().theftRing().orElseThrow();
    EntityRef a = EntityRef.parse(ring.endpoints().get(0));
    EntityRef b = EntityRef.parse(ring.endpoints().get(1));
    Set<LinkType> ringTypes = EnumSet.noneOf(LinkType.class);
    ring.chainTypes().forEach(t -> ringTypes.add(LinkType.valueOf(t)));

    LinkChains overRingTypes =
        new ChainSearch()
            .find(
                graph,
                ChainQuery.between(a, b).withTypes(ringTypes).withMaxHops(ChainQuery.MAX_HOPS));
    LinkChains overAllTypes = new ChainSearch().find(graph, ChainQuery.between(a, b));

    assertThat(overRingTypes.truncated()).isFalse();
    assertThat(overRingTypes.shortest()).isEqualTo(ring.chainLength());
    assertThat(overRingTypes.chains().getFirst().hops())
        .extracting(ChainHop::type)
        .contains(LinkType.TRAVELS_WITH);
    // both ends are suspects in the ring's own theft, which joins them directly
    assertThat(overAllTypes.shortest()).isEqualTo(2);
    assertThat(overAllTypes.chains().getFirst().nodes().get(1).toString())
        .isEqualTo("incident:" + ring.incident());
  }

  @Test
  void chainsAgreeWithAnIndependentBreadthFirstSearch() {
    PlainBfs bfs = new PlainBfs(ChainSearch.DEFAULT_HUB_DEGREE);
    CountyGraphs.forEach(
        county,
        coTravel.pairs(),
        (type, fk, from, tk, to, s, e, q) ->
            bfs.link(type, new EntityRef(fk, from).toString(), new EntityRef(tk, to).toString()));
    Set<LinkType> types = LinkType.chainTypes();
    SplittableRandom random = new SplittableRandom(42);
    ChainSearch search = new ChainSearch();
    int joined = 0;
    for (int i = 0; i < 240; i++) {
      String from = "person:" + county.persons().get(random.nextInt(county.persons().size())).id();
      String to =
          i % 2 == 0
              ? bfs.walk(from, types, 1 + random.nextInt(6), random)
              : "person:" + county.persons().get(random.nextInt(county.persons().size())).id();
      if (to.equals(from)) {
        continue;
      }
      PlainBfs.Shortest expected = bfs.shortest(from, to, types, 6);
      LinkChains found =
          search.find(graph, ChainQuery.between(EntityRef.parse(from), EntityRef.parse(to)));

      assertThat(found.truncated()).as("%s → %s", from, to).isFalse();
      if (expected.distance() < 0) {
        assertThat(found.chains()).as("%s → %s", from, to).isEmpty();
        continue;
      }
      joined++;
      List<Integer> lengths = found.chains().stream().map(Chain::length).toList();
      int shortestCount = (int) Math.min(lengths.size(), expected.paths());
      assertThat(lengths).as("%s → %s", from, to).isSorted().isNotEmpty();
      assertThat(lengths.subList(0, shortestCount)).allMatch(l -> l == expected.distance());
      if (shortestCount < lengths.size()) {
        assertThat(lengths.get(shortestCount)).isGreaterThan(expected.distance());
      }
      assertThat(lengths).allMatch(l -> l <= 6);
      Set<List<EntityRef>> distinct = new HashSet<>();
      for (Chain chain : found.chains()) {
        assertThat(distinct.add(chain.nodes())).isTrue();
        checkChain(bfs, chain, from, to);
      }
    }
    assertThat(joined).isGreaterThan(100);
  }

  private static void checkChain(PlainBfs bfs, Chain chain, String from, String to) {
    List<String> nodes = chain.nodes().stream().map(EntityRef::toString).toList();
    assertThat(nodes.getFirst()).isEqualTo(from);
    assertThat(nodes.getLast()).isEqualTo(to);
    assertThat(nodes).doesNotHaveDuplicates();
    for (int h = 0; h < chain.length(); h++) {
      ChainHop hop = chain.hops().get(h);
      assertThat(bfs.joined(nodes.get(h), nodes.get(h + 1), hop.type()))
          .as(hop.toString())
          .isTrue();
      if (h > 0) {
        assertThat(bfs.hub(nodes.get(h))).as("%s inside %s", nodes.get(h), nodes).isFalse();
      }
    }
  }

  @Test
  void groupAroundEachCoOffenderIsThePlantedGroupWhenTiesNeedTwoSharedIncidents() {
    GroupFinder finder = new GroupFinder(ChainSearch.DEFAULT_HUB_DEGREE);
    List<List<String>> groups = county.groundTruth().background().coOffendingGroups();

    List<String> wrong = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (List<String> planted : groups) {
      Set<String> expected = new HashSet<>();
      planted.forEach(id -> expected.add("person:" + id));
      for (String member : planted) {
        GroupQuery query = GroupQuery.coOffending(EntityRef.parse("person:" + member));
        Set<String> strict = refs(finder.find(graph, query.withMinShared(2)));
        Set<String> loose = refs(finder.find(graph, query));
        if (!strict.equals(expected)) {
          wrong.add(member + ": " + strict + " instead of " + expected);
        }
        if (!loose.containsAll(expected)) {
          missing.add(member + ": " + loose + " lacks some of " + expected);
        }
      }
    }

    assertThat(groups).hasSizeGreaterThanOrEqualTo(10);
    assertThat(wrong).isEmpty();
    assertThat(missing).isEmpty();
  }

  private static Set<String> refs(Group group) {
    Set<String> found = new HashSet<>();
    group.memberRefs().forEach(r -> found.add(r.toString()));
    return found;
  }
}
