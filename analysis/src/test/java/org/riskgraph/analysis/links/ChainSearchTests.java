package org.riskgraph.analysis.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.riskgraph.analysis.links.TestGraph.person;
import static org.riskgraph.analysis.links.TestGraph.vehicle;
import static org.riskgraph.analysis.links.TestGraph.village;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;

class ChainSearchTests {

  private final ChainSearch search = new ChainSearch();

  @Test
  void findsChainThroughSharedVehicle() {
    LinkGraph graph = new TestGraph().owns("A", "云E1").owns("B", "云E1").knows("B", "C").build();

    LinkChains found = search.find(graph, ChainQuery.between(person("A"), person("C")));

    assertThat(found.chains()).hasSize(1);
    Chain chain = found.chains().getFirst();
    assertThat(chain.nodes())
        .containsExactly(person("A"), vehicle("云E1"), person("B"), person("C"));
    assertThat(chain.hops())
        .extracting(ChainHop::type)
        .containsExactly(LinkType.OWNS, LinkType.OWNS, LinkType.KNOWS);
    assertThat(chain.hops().get(1).reversed()).isTrue();
    assertThat(chain.hops().get(1).storedFrom()).isEqualTo(person("B"));
    assertThat(found.truncated()).isFalse();
  }

  @Test
  void listsShortestFirstAndStopsAtTheLimit() {
    // A-B-D, A-C-D (two of length 2), A-E-F-D (length 3), A-G-H-I-D (length 4)
    LinkGraph graph =
        new TestGraph()
            .knows("A", "B")
            .knows("B", "D")
            .knows("A", "C")
            .knows("C", "D")
            .knows("A", "E")
            .knows("E", "F")
            .knows("F", "D")
            .knows("A", "G")
            .knows("G", "H")
            .knows("H", "I")
            .knows("I", "D")
            .build();

    LinkChains three =
        search.find(graph, ChainQuery.between(person("A"), person("D")).withLimit(3));
    LinkChains all = search.find(graph, ChainQuery.between(person("A"), person("D")));

    assertThat(three.chains()).extracting(Chain::length).containsExactly(2, 2, 3);
    assertThat(all.chains()).extracting(Chain::length).containsExactly(2, 2, 3, 4);
    assertThat(all.chains().get(0).nodes().get(1)).isEqualTo(person("B"));
    assertThat(all.chains().get(1).nodes().get(1)).isEqualTo(person("C"));
  }

  @Test
  void listsOnlySimpleChains() {
    // a triangle B-C-E next to the shortest chain A-B-D tempts a walk to come back to B
    LinkGraph graph =
        new TestGraph()
            .knows("A", "B")
            .knows("B", "D")
            .knows("B", "C")
            .knows("C", "E")
            .knows("E", "B")
            .knows("C", "D")
            .build();

    LinkChains found = search.find(graph, ChainQuery.between(person("A"), person("D")));

    assertThat(found.chains())
        .allSatisfy(c -> assertThat(c.nodes()).doesNotHaveDuplicates())
        .extracting(c -> c.nodes().stream().map(EntityRef::key).toList())
        .containsExactly(
            List.of("A", "B", "D"), List.of("A", "B", "C", "D"), List.of("A", "B", "E", "C", "D"));
  }

  @Test
  void answersWithAnEmptyListWhenNothingJoinsThemOrAnEndIsNotInTheGraph() {
    LinkGraph graph = new TestGraph().knows("A", "B").knows("C", "D").build();

    assertThat(search.find(graph, ChainQuery.between(person("A"), person("D"))).chains()).isEmpty();
    assertThat(search.find(graph, ChainQuery.between(person("A"), person("X"))).chains()).isEmpty();
  }

  @Test
  void staysWithinMaxHops() {
    LinkGraph graph =
        new TestGraph().knows("A", "B").knows("B", "C").knows("C", "D").knows("D", "E").build();

    assertThat(
            search
                .find(graph, ChainQuery.between(person("A"), person("E")).withMaxHops(3))
                .chains())
        .isEmpty();
    assertThat(
            search
                .find(graph, ChainQuery.between(person("A"), person("E")).withMaxHops(4))
                .shortest())
        .isEqualTo(4);
  }

  @Test
  void doesNotPassThroughVillagesUnlessAskedButEndsAtThem() {
    LinkGraph graph = new TestGraph().resides("A", "V").resides("B", "V").build();
    ChainQuery query = ChainQuery.between(person("A"), person("B"));

    assertThat(search.find(graph, query).chains()).isEmpty();
    assertThat(search.find(graph, query.withHubs(true)).shortest()).isEqualTo(2);
    assertThat(search.find(graph, ChainQuery.between(person("A"), village("V"))).shortest())
        .isEqualTo(1);
  }

  @Test
  void doesNotPassThroughNodesAboveTheDegreeCapButStartsAtThem() {
    TestGraph builder = new TestGraph().knows("A", "HUB").knows("HUB", "B").knows("A", "C");
    builder.knows("C", "D").knows("D", "B");
    for (int i = 0; i < 5; i++) {
      builder.knows("HUB", "X" + i);
    }
    LinkGraph graph = builder.build();
    ChainSearch capped = new ChainSearch(4, ChainSearch.DEFAULT_WORK_BUDGET);

    LinkChains through = capped.find(graph, ChainQuery.between(person("A"), person("B")));
    LinkChains fromHub = capped.find(graph, ChainQuery.between(person("HUB"), person("X0")));

    assertThat(through.chains()).extracting(Chain::length).containsExactly(3);
    assertThat(capped.find(graph, ChainQuery.between(person("A"), person("B")).withHubs(true)))
        .extracting(LinkChains::shortest)
        .isEqualTo(2);
    assertThat(fromHub.shortest()).isEqualTo(1);
  }

  @Test
  void temporalChainsTakeDatedHopsInOrder() {
    // A and B were suspects in J1 on day 10, B and C in J2 on day 5: A→C out of order;
    // the detour via J3 (day 20) and J4 (day 30) is in order.
    LinkGraph graph =
        new TestGraph()
            .involved("A", "J1", "SUSPECT", day(10))
            .involved("B", "J1", "SUSPECT", day(10))
            .involved("B", "J2", "SUSPECT", day(5))
            .involved("C", "J2", "SUSPECT", day(5))
            .involved("B", "J3", "VICTIM", day(20))
            .involved("D", "J3", "VICTIM", day(20))
            .involved("D", "J4", "WITNESS", day(30))
            .involved("C", "J4", "WITNESS", day(30))
            .build();
    ChainQuery query = ChainQuery.between(person("A"), person("C"));

    LinkChains any = search.find(graph, query);
    LinkChains ordered = search.find(graph, query.withTemporal(true));

    assertThat(any.chains()).extracting(Chain::length).containsExactly(4, 6);
    assertThat(ordered.chains()).extracting(Chain::length).containsExactly(6);
    List<Long> times = ordered.chains().getFirst().hops().stream().map(ChainHop::start).toList();
    assertThat(times).isSorted();
  }

  @Test
  void temporalChainsMayCrossASpanAtAnyMomentWithinIt() {
    // A and B in J1 on day 20, then B's car co-travels with C's, then C knows D from day 50
    ChainQuery query = ChainQuery.between(person("A"), person("D")).withTemporal(true);

    LinkGraph stillTogether = coTravelAfterIncident(day(1), day(40));
    LinkGraph partedBefore = coTravelAfterIncident(day(1), day(15));

    assertThat(search.find(stillTogether, query).shortest()).isEqualTo(6);
    assertThat(search.find(partedBefore, query).chains()).isEmpty();
    assertThat(search.find(partedBefore, query.withTemporal(false)).shortest()).isEqualTo(6);
  }

  private static LinkGraph coTravelAfterIncident(long first, long last) {
    return new TestGraph()
        .involved("A", "J1", "SUSPECT", day(20))
        .involved("B", "J1", "SUSPECT", day(20))
        .owns("B", "V1")
        .travels("V1", "V2", first, last)
        .owns("C", "V2")
        .knowsSince("C", "D", day(50))
        .build();
  }

  @Test
  void leavesOutDatedHopsOutsideTheWindowButKeepsUndatedOnes() {
    LinkGraph graph =
        new TestGraph()
            .involved("A", "J1", "SUSPECT", day(10))
            .involved("B", "J1", "SUSPECT", day(10))
            .uses("A", "138")
            .uses("C", "138")
            .knows("C", "B")
            .build();
    ChainQuery query = ChainQuery.between(person("A"), person("B"));

    LinkChains inside = search.find(graph, query.withWindow(window(day(5), day(15))));
    LinkChains outside = search.find(graph, query.withWindow(window(day(11), day(20))));

    assertThat(inside.chains()).extracting(Chain::length).containsExactly(2, 3);
    assertThat(outside.chains()).extracting(Chain::length).containsExactly(3);
  }

  @Test
  void usesOnlyTheChosenTypes() {
    LinkGraph graph =
        new TestGraph().uses("A", "138").uses("B", "138").knows("A", "C").knows("C", "B").build();

    LinkChains knows =
        search.find(
            graph,
            ChainQuery.between(person("A"), person("B")).withTypes(EnumSet.of(LinkType.KNOWS)));

    assertThat(knows.chains()).extracting(Chain::length).containsExactly(2);
    assertThat(knows.chains().getFirst().hops()).allMatch(h -> h.type() == LinkType.KNOWS);
  }

  @Test
  void foldsTwoRelationshipsBetweenTheSameNodesIntoOneHop() {
    LinkGraph graph =
        new TestGraph()
            .involved("A", "J1", "VICTIM", day(1))
            .involved("A", "J1", "REPORTER", day(1))
            .involved("B", "J1", "SUSPECT", day(1))
            .build();

    LinkChains found = search.find(graph, ChainQuery.between(person("A"), person("B")));

    assertThat(found.chains()).hasSize(1);
    assertThat(found.chains().getFirst().hops().getFirst().qualifier()).contains("REPORTER");
  }

  @Test
  void saysWhenTheWorkBudgetRanOut() {
    TestGraph builder = new TestGraph();
    for (int i = 0; i < 30; i++) {
      builder.knows("A", "M" + i).knows("M" + i, "B");
    }
    LinkGraph graph = builder.build();

    LinkChains cut =
        new ChainSearch(1_000, 20).find(graph, ChainQuery.between(person("A"), person("B")));
    LinkChains full = search.find(graph, ChainQuery.between(person("A"), person("B")));

    assertThat(cut.truncated()).isTrue();
    assertThat(full.truncated()).isFalse();
    assertThat(full.chains()).hasSize(5);
  }

  @Test
  void refusesMoreThanEightHopsOrTheSameEndTwice() {
    assertThatThrownBy(() -> ChainQuery.between(person("A"), person("B")).withMaxHops(9))
        .isInstanceOf(InvalidFieldException.class)
        .extracting(e -> ((InvalidFieldException) e).field())
        .isEqualTo("maxHops");
    assertThatThrownBy(() -> ChainQuery.between(person("A"), person("A")))
        .isInstanceOf(InvalidFieldException.class)
        .extracting(e -> ((InvalidFieldException) e).field())
        .isEqualTo("to");
    assertThatThrownBy(
            () ->
                ChainQuery.between(person("A"), person("B"))
                    .withTypes(EnumSet.of(LinkType.SEEN_AT)))
        .isInstanceOf(InvalidFieldException.class);
  }

  static long day(int n) {
    return 1_700_000_000L + n * 86_400L;
  }

  static TimeWindow window(long since, long until) {
    return new TimeWindow(Optional.of(time(since)), Optional.of(time(until)));
  }

  private static OffsetDateTime time(long second) {
    return OffsetDateTime.ofInstant(
        java.time.Instant.ofEpochSecond(second), java.time.ZoneOffset.ofHours(8));
  }
}
