package org.riskgraph.analysis.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.riskgraph.analysis.links.Neighbourhood.Direction;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.plant.GroundTruth;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.link.LinkType;
import org.riskgraph.graph.store.EmbeddedStoreExtension;
import org.riskgraph.graph.store.GraphStore;

/** Neighbourhoods read from the embedded store holding the tiny county. */
@ExtendWith(EmbeddedStoreExtension.class)
class NeighbourhoodReaderIT {

  private static final Duration TIMEOUT = Duration.ofMinutes(1);
  private static final County TINY = CountyGenerator.generate(Scale.TINY, 42, Plants.ALL);
  private static final GroundTruth.TheftRing RING = TINY.groundTruth().theftRing().orElseThrow();
  private static final Predicate<EntityRef> BY_KIND =
      r ->
          r.kind() == EntityKind.VILLAGE
              || r.kind() == EntityKind.TOWNSHIP
              || r.kind() == EntityKind.CHECKPOINT;

  @Test
  void groupsRelationshipsByTypeAndDirectionCountsThemAndCapsTheList(
      GraphStore store, @TempDir Path dir) {
    StoreLinksIT.load(store, dir);
    NeighbourhoodReader reader = new NeighbourhoodReader(store, TIMEOUT, 100);
    EntityRef endpoint = EntityRef.parse(RING.endpoints().get(0));
    String village = TINY.persons().getFirst().villageCode();

    Neighbourhood person = reader.read(NeighbourhoodQuery.of(endpoint), BY_KIND).orElseThrow();
    Neighbourhood place =
        reader
            .read(
                NeighbourhoodQuery.of(new EntityRef(EntityKind.VILLAGE, village)).withLimit(5),
                BY_KIND)
            .orElseThrow();

    assertThat(person.groups())
        .extracting(Neighbourhood.Group::type)
        .contains(LinkType.USES, LinkType.INVOLVED_IN, LinkType.RESIDES_IN)
        .doesNotContain(LinkType.KNOWS);
    for (Neighbourhood.Group group : person.groups()) {
      String arrow = group.direction() == Direction.OUT ? "-[r:%s]->()" : "<-[r:%s]-()";
      long stored =
          StoreLinksIT.count(
              store,
              ("MATCH (:Person {id: '%s'})" + arrow + " RETURN count(r)")
                  .formatted(endpoint.key(), group.type()));
      assertThat(group.total()).as(group.type().name()).isEqualTo(stored);
      assertThat(group.items()).hasSize((int) stored);
    }
    Neighbourhood.Neighbour theft =
        person.groups().stream()
            .filter(g -> g.type() == LinkType.INVOLVED_IN)
            .flatMap(g -> g.items().stream())
            .filter(i -> i.ref().key().equals(RING.incident()))
            .findFirst()
            .orElseThrow();
    assertThat(theft.evidence().sentence())
        .isEqualTo(person.name() + " 涉及 警情 " + RING.incident() + "（嫌疑人）");
    assertThat(theft.evidence().at()).isPresent();
    Neighbourhood.Group residents =
        place.groups().stream()
            .filter(g -> g.type() == LinkType.RESIDES_IN)
            .findFirst()
            .orElseThrow();
    long living = TINY.persons().stream().filter(p -> village.equals(p.villageCode())).count();
    assertThat(residents.direction()).isEqualTo(Direction.IN);
    assertThat(residents.total()).isEqualTo(living);
    assertThat(residents.items()).hasSize(5);
    assertThat(residents.more()).isEqualTo(living - 5);
  }

  @Test
  void depthTwoExpandsTheNeighboursThatAreNotHubsAndNamesWhatEachHangsOff(
      GraphStore store, @TempDir Path dir) {
    StoreLinksIT.load(store, dir);
    EntityRef sharer = phoneSharer();

    Neighbourhood around =
        new NeighbourhoodReader(store, TIMEOUT, 100)
            .read(NeighbourhoodQuery.of(sharer).withDepth(2), BY_KIND)
            .orElseThrow();

    Set<EntityRef> first = new HashSet<>();
    around.groups().stream()
        .filter(g -> g.depth() == 1)
        .forEach(g -> g.items().forEach(i -> first.add(i.ref())));
    assertThat(around.notExpanded()).isNotEmpty().allMatch(BY_KIND).allMatch(first::contains);
    assertThat(around.groups())
        .filteredOn(g -> g.depth() == 2)
        .isNotEmpty()
        .allSatisfy(
            g ->
                assertThat(g.items())
                    .allSatisfy(
                        i -> {
                          assertThat(i.via()).get().matches(first::contains);
                          assertThat(i.via()).get().matches(BY_KIND.negate());
                          assertThat(i.ref()).isNotEqualTo(sharer);
                        }));
    Neighbourhood.Group others =
        around.groups().stream()
            .filter(
                g -> g.depth() == 2 && g.type() == LinkType.USES && g.direction() == Direction.IN)
            .findFirst()
            .orElseThrow();
    assertThat(others.items())
        .isNotEmpty()
        .allSatisfy(i -> assertThat(RING.members()).contains(i.ref().key()));
  }

  /** A ring member who shares a phone with another member. */
  private static EntityRef phoneSharer() {
    Map<String, List<String>> users = new HashMap<>();
    TINY.phones().stream()
        .filter(p -> p.userId() != null && RING.members().contains(p.userId()))
        .forEach(
            p -> users.computeIfAbsent(p.number().value(), n -> new ArrayList<>()).add(p.userId()));
    String member =
        users.values().stream().filter(u -> u.size() > 1).findFirst().orElseThrow().getFirst();
    return new EntityRef(EntityKind.PERSON, member);
  }

  @Test
  void aWindowLeavesOutRelationshipsDatedOutsideItButKeepsUndatedOnes(
      GraphStore store, @TempDir Path dir) {
    StoreLinksIT.load(store, dir);
    EntityRef endpoint = EntityRef.parse(RING.endpoints().get(0));
    OffsetDateTime theft =
        TINY.incidents().stream()
            .filter(i -> i.id().equals(RING.incident()))
            .map(Incident::reportedAt)
            .findFirst()
            .orElseThrow();
    NeighbourhoodReader reader = new NeighbourhoodReader(store, TIMEOUT, 100);

    Neighbourhood during =
        reader
            .read(NeighbourhoodQuery.of(endpoint).withWindow(around(theft, 1)), BY_KIND)
            .orElseThrow();
    Neighbourhood before =
        reader
            .read(
                NeighbourhoodQuery.of(endpoint).withWindow(around(theft.minusDays(30), 1)), BY_KIND)
            .orElseThrow();

    assertThat(during.groups())
        .extracting(Neighbourhood.Group::type)
        .contains(LinkType.INVOLVED_IN, LinkType.USES);
    assertThat(before.groups())
        .extracting(Neighbourhood.Group::type)
        .doesNotContain(LinkType.INVOLVED_IN)
        .contains(LinkType.USES);
  }

  @Test
  void anEntityThatIsNotStoredHasNoNeighbourhood(GraphStore store) {
    assertThat(
            new NeighbourhoodReader(store, TIMEOUT, 100)
                .read(NeighbourhoodQuery.of(EntityRef.parse("person:PX")), BY_KIND))
        .isEmpty();
  }

  private static TimeWindow around(OffsetDateTime time, int days) {
    return new TimeWindow(Optional.of(time.minusDays(days)), Optional.of(time.plusDays(days)));
  }
}
