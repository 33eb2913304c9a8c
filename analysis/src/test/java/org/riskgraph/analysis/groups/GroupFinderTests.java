package org.riskgraph.analysis.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.riskgraph.analysis.links.LinkGraph;
import org.riskgraph.analysis.links.LinkGraphBuilder;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.link.LinkType;

class GroupFinderTests {

  private static final long OPEN_START = LinkGraph.OPEN_START;
  private static final long OPEN_END = LinkGraph.OPEN_END;

  private final LinkGraphBuilder builder = new LinkGraphBuilder();

  @Test
  void coOffendersFormOneGroupRankedByBetweennessWithItsBridges() {
    suspects("J1", "P1", "P2", "P3");
    suspects("J2", "P3", "P4");
    suspects("J3", "P4", "P5");

    Group group = new GroupFinder(200).find(graph(), GroupQuery.coOffending(person("P1")));

    assertThat(keys(group.memberRefs())).containsExactly("P3", "P4", "P1", "P2", "P5");
    GroupMember first = group.members().getFirst();
    assertThat(first.betweenness()).isCloseTo(4.0 / 6, within(1e-9));
    assertThat(first.degree()).isEqualTo(3);
    assertThat(first.cutMember()).isTrue();
    assertThat(group.members().get(1).betweenness()).isCloseTo(3.0 / 6, within(1e-9));
    assertThat(group.members()).filteredOn(GroupMember::cutMember).hasSize(2);
    assertThat(group.links()).hasSize(5);
    assertThat(group.bridges())
        .extracting(l -> l.a().key() + "-" + l.b().key())
        .containsExactly("P3-P4", "P4-P5");
    assertThat(group.bridges().getFirst().via()).containsExactly(ref(EntityKind.INCIDENT, "J2"));
    assertThat(group.truncated()).isFalse();
  }

  @Test
  void victimsAndWitnessesAreNotCoOffendersButAreCoInvolved() {
    suspects("J1", "P1", "P2");
    involve("P3", "J1", "VICTIM");

    LinkGraph graph = graph();
    Group offenders = new GroupFinder(200).find(graph, GroupQuery.coOffending(person("P1")));
    Group involved =
        new GroupFinder(200)
            .find(
                graph, GroupQuery.coOffending(person("P1")).withTies(Set.of(GroupTie.CO_INVOLVED)));

    assertThat(keys(offenders.memberRefs())).containsExactlyInAnyOrder("P1", "P2");
    assertThat(keys(involved.memberRefs())).containsExactlyInAnyOrder("P1", "P2", "P3");
  }

  @Test
  void tiesThroughFewerSharedThingsThanTheMinimumDoNotCount() {
    suspects("J1", "P1", "P2");
    suspects("J2", "P1", "P2");
    suspects("J3", "P2", "P3");

    LinkGraph graph = graph();
    Group strict =
        new GroupFinder(200).find(graph, GroupQuery.coOffending(person("P1")).withMinShared(2));

    assertThat(keys(strict.memberRefs())).containsExactlyInAnyOrder("P1", "P2");
    assertThat(strict.links().getFirst().shared()).isEqualTo(Map.of(GroupTie.CO_SUSPECT, 2));
  }

  @Test
  void stopsAtMaxSizeNearestFirstAndSaysSo() {
    suspects("J1", "P1", "P2");
    suspects("J2", "P2", "P3");
    suspects("J3", "P3", "P4");

    Group group =
        new GroupFinder(200).find(graph(), GroupQuery.coOffending(person("P1")).withMaxSize(3));

    assertThat(keys(group.memberRefs())).containsExactlyInAnyOrder("P1", "P2", "P3");
    assertThat(group.truncated()).isTrue();
  }

  @Test
  void crowdedIncidentsArePassedOverUnlessAsked() {
    suspects("J1", "P1", "P2", "P3", "P4", "P5");
    suspects("J2", "P1", "P6");
    GroupQuery query = GroupQuery.coOffending(person("P1"));

    LinkGraph graph = graph();
    Group capped = new GroupFinder(4).find(graph, query);
    Group all =
        new GroupFinder(4)
            .find(
                graph,
                new GroupQuery(
                    query.seed(), query.ties(), query.maxSize(), 1, query.window(), true));

    assertThat(keys(capped.memberRefs())).containsExactlyInAnyOrder("P1", "P6");
    assertThat(all.memberRefs()).hasSize(6);
  }

  @Test
  void acquaintancesSharedPhonesAndCoTravellingCarsTieToo() {
    add(LinkType.KNOWS, person("P1"), person("P2"), "FAMILY");
    add(LinkType.USES, person("P2"), ref(EntityKind.PHONE, "138"), null);
    add(LinkType.USES, person("P3"), ref(EntityKind.PHONE, "138"), null);
    add(LinkType.OWNS, person("P3"), ref(EntityKind.VEHICLE, "云A1"), null);
    add(LinkType.OWNS, person("P4"), ref(EntityKind.VEHICLE, "云B2"), null);
    add(
        LinkType.TRAVELS_WITH,
        ref(EntityKind.VEHICLE, "云A1"),
        ref(EntityKind.VEHICLE, "云B2"),
        null);
    Set<GroupTie> ties = EnumSet.of(GroupTie.KNOWS, GroupTie.SHARED_PHONE, GroupTie.CO_TRAVEL);

    Group group =
        new GroupFinder(200).find(graph(), GroupQuery.coOffending(person("P1")).withTies(ties));

    assertThat(keys(group.memberRefs())).containsExactlyInAnyOrder("P1", "P2", "P3", "P4");
    assertThat(group.links())
        .filteredOn(l -> l.shared().containsKey(GroupTie.CO_TRAVEL))
        .singleElement()
        .satisfies(l -> assertThat(l.via()).hasSize(2));
    assertThat(group.bridges()).hasSize(3);
  }

  @Test
  void aPersonWithoutTiesIsAGroupOfOne() {
    suspects("J1", "P1", "P2");

    Group group = new GroupFinder(200).find(graph(), GroupQuery.coOffending(person("P9")));

    assertThat(keys(group.memberRefs())).containsExactly("P9");
    assertThat(group.links()).isEmpty();
  }

  @Test
  void onlyPersonsSeedAGroup() {
    assertThatThrownBy(() -> GroupQuery.coOffending(ref(EntityKind.VEHICLE, "云A1")))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageStartingWith("seed");
    assertThatThrownBy(() -> GroupTie.parse("types", "CO_SUSPECT|FRIENDS"))
        .hasMessageStartingWith("types");
  }

  private void suspects(String incident, String... persons) {
    for (String p : persons) {
      involve(p, incident, "SUSPECT");
    }
  }

  private void involve(String person, String incident, String role) {
    add(LinkType.INVOLVED_IN, person(person), ref(EntityKind.INCIDENT, incident), role);
  }

  private void add(LinkType type, EntityRef from, EntityRef to, String qualifier) {
    builder.add(
        type, from.kind(), from.key(), to.kind(), to.key(), OPEN_START, OPEN_END, qualifier);
  }

  private LinkGraph graph() {
    return builder.build(Instant.EPOCH);
  }

  private static EntityRef person(String id) {
    return ref(EntityKind.PERSON, id);
  }

  private static EntityRef ref(EntityKind kind, String key) {
    return new EntityRef(kind, key);
  }

  private static List<String> keys(List<EntityRef> refs) {
    return refs.stream().map(EntityRef::key).toList();
  }
}
