package org.riskgraph.analysis.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.riskgraph.analysis.cotravel.CoTravel;
import org.riskgraph.analysis.cotravel.CoTravelDerivation;
import org.riskgraph.analysis.cotravel.CoTravelRule;
import org.riskgraph.analysis.cotravel.CoTravelWriter;
import org.riskgraph.analysis.cotravel.CountySightings;
import org.riskgraph.analysis.cotravel.StoreSightings;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.plant.GroundTruth;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.Importer;
import org.riskgraph.graph.link.LinkType;
import org.riskgraph.graph.store.EmbeddedStoreExtension;
import org.riskgraph.graph.store.GraphStore;

/** Co-travel, the projection and chain evidence through the embedded store, on the tiny county. */
@ExtendWith(EmbeddedStoreExtension.class)
class StoreLinksIT {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final County TINY = CountyGenerator.generate(Scale.TINY, 42, Plants.ALL);

  @Test
  void coTravelFromTheStoreEqualsTheFixturesAndReRunsWithoutDuplicates(
      GraphStore store, @TempDir Path dir) {
    load(store, dir);
    CoTravelRule rule = CoTravelRule.defaults();
    CoTravel fromStore =
        new CoTravelDerivation(rule).derive(new StoreSightings(store, rule, TIMEOUT));
    CoTravel inMemory = new CoTravelDerivation(rule).derive(new CountySightings(TINY));
    CoTravelWriter writer = new CoTravelWriter(store, TIMEOUT);

    CoTravelWriter.Written first = writer.write(fromStore, OffsetDateTime.now());
    long afterFirst = count(store, "MATCH ()-[r:TRAVELS_WITH]->() RETURN count(r)");
    CoTravelWriter.Written again =
        writer.write(
            new CoTravelDerivation(rule).derive(new StoreSightings(store, rule, TIMEOUT)),
            OffsetDateTime.now());

    assertThat(fromStore.pairs()).isNotEmpty().isEqualTo(inMemory.pairs());
    assertThat(fromStore.sightings()).isEqualTo(TINY.sightings().size());
    assertThat(first.created()).isEqualTo(fromStore.pairs().size());
    assertThat(afterFirst).isEqualTo(fromStore.pairs().size());
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isEqualTo(fromStore.pairs().size());
    assertThat(again.removed()).isZero();
    assertThat(count(store, "MATCH ()-[r:TRAVELS_WITH]->() RETURN count(r)")).isEqualTo(afterFirst);
    assertThat(
            count(
                store,
                "MATCH (a)-[r:TRAVELS_WITH]-(b) WITH a, b, count(r) AS n WHERE n > 1 RETURN count(*)"))
        .isZero();
    assertThat(
            count(
                store,
                "MATCH (a:Vehicle)-[r:TRAVELS_WITH]->(b:Vehicle)"
                    + " WHERE a.plate > b.plate OR r.derived <> true OR r.count < 1"
                    + " OR r.firstAt > r.lastAt RETURN count(r)"))
        .isZero();
  }

  @Test
  void pairsThatNoLongerQualifyAreRemoved(GraphStore store, @TempDir Path dir) {
    load(store, dir);
    CoTravelRule loose = CoTravelRule.defaults();
    CoTravelRule strict = new CoTravelRule(5, 5, Optional.empty(), Optional.empty());
    CoTravelWriter writer = new CoTravelWriter(store, TIMEOUT);
    CoTravel many = new CoTravelDerivation(loose).derive(new StoreSightings(store, loose, TIMEOUT));
    CoTravel few =
        new CoTravelDerivation(strict).derive(new StoreSightings(store, strict, TIMEOUT));
    writer.write(many, OffsetDateTime.now());

    CoTravelWriter.Written written = writer.write(few, OffsetDateTime.now());

    assertThat(few.pairs().size()).isLessThan(many.pairs().size());
    assertThat(written.removed()).isEqualTo(many.pairs().size() - few.pairs().size());
    assertThat(count(store, "MATCH ()-[r:TRAVELS_WITH]->() RETURN count(r)"))
        .isEqualTo(few.pairs().size());
    assertThat(count(store, "MATCH ()-[r:TRAVELS_WITH {windowSeconds: 5}]->() RETURN count(r)"))
        .isEqualTo(few.pairs().size());
  }

  @Test
  void projectionReadFromTheStoreEqualsTheFixturesAndChainsCarryEvidence(
      GraphStore store, @TempDir Path dir) {
    load(store, dir);
    CoTravelRule rule = CoTravelRule.defaults();
    CoTravel coTravel =
        new CoTravelDerivation(rule).derive(new StoreSightings(store, rule, TIMEOUT));
    new CoTravelWriter(store, TIMEOUT).write(coTravel, OffsetDateTime.now());

    LinkGraph stored = new StoreProjection(store, TIMEOUT).read();
    LinkGraph generated = CountyGraphs.linkGraph(TINY, coTravel.pairs());

    assertThat(stored.nodeCounts()).isEqualTo(generated.nodeCounts());
    assertThat(stored.edgeCounts()).isEqualTo(generated.edgeCounts());
    ChainSearch search = new ChainSearch();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 60; i++) {
      EntityRef a = EntityRef.parse("person:" + TINY.persons().get(random.nextInt(2000)).id());
      EntityRef b = EntityRef.parse("person:" + TINY.persons().get(random.nextInt(2000)).id());
      if (a.equals(b)) {
        continue;
      }
      ChainQuery query = ChainQuery.between(a, b).withTemporal(i % 2 == 0);
      assertThat(search.find(stored, query).chains())
          .isEqualTo(search.find(generated, query).chains());
    }

    GroundTruth.TheftRing ring = TINY.groundTruth().theftRing().orElseThrow();
    ChainQuery ringQuery =
        ChainQuery.between(
                EntityRef.parse(ring.endpoints().get(0)), EntityRef.parse(ring.endpoints().get(1)))
            .withMaxHops(8)
            .withTypes(
                EnumSet.of(LinkType.KNOWS, LinkType.OWNS, LinkType.USES, LinkType.TRAVELS_WITH));
    LinkChains chains = search.find(stored, ringQuery);
    ChainEvidence.Evidenced evidenced = new ChainEvidence(store, TIMEOUT).read(chains);

    assertThat(chains.shortest()).isEqualTo(ring.chainLength());
    assertThat(evidenced.dropped()).isZero();
    EvidencedChain first = evidenced.chains().getFirst();
    assertThat(first.length()).isEqualTo(ring.chainLength());
    for (Evidence hop : first.hops()) {
      assertThat(hop.sentence())
          .contains(first.names().get(hop.from()))
          .contains(first.names().get(hop.to()));
      assertThat(hop.source()).isNotBlank();
      if (hop.type() == LinkType.TRAVELS_WITH) {
        assertThat(hop.derived()).isTrue();
        assertThat(hop.sentence()).matches(".+ 与 .+ 同行 \\d+ 次");
        assertThat(hop.at()).isPresent();
        assertThat(hop.until()).isPresent();
      } else {
        assertThat(hop.derived()).isFalse();
      }
    }
    assertThat(first.hops())
        .filteredOn(h -> h.type() == LinkType.OWNS)
        .allSatisfy(h -> assertThat(h.sentence()).contains(" 驾驶 云"));
  }

  @Test
  void chainsWhoseRelationshipIsGoneAreDropped(GraphStore store, @TempDir Path dir) {
    load(store, dir);
    LinkGraph before = new StoreProjection(store, TIMEOUT).read();
    GroundTruth.TheftRing ring = TINY.groundTruth().theftRing().orElseThrow();
    LinkChains chains =
        new ChainSearch()
            .find(
                before,
                ChainQuery.between(
                    EntityRef.parse(ring.endpoints().get(0)),
                    EntityRef.parse("incident:" + ring.incident())));
    store.write(
        tx ->
            tx.run(
                    "MATCH (:Person {id: $id})-[r:INVOLVED_IN]->(:Incident) DELETE r",
                    java.util.Map.of("id", EntityRef.parse(ring.endpoints().get(0)).key()))
                .consume());

    ChainEvidence.Evidenced evidenced = new ChainEvidence(store, TIMEOUT).read(chains);

    assertThat(chains.shortest()).isEqualTo(1);
    assertThat(evidenced.dropped()).isGreaterThanOrEqualTo(1);
    assertThat(evidenced.chains()).noneMatch(c -> c.length() == 1);
  }

  static void load(GraphStore store, Path dir) {
    try {
      Path folder = Files.createDirectories(dir.resolve("tiny"));
      new FixtureWriter(folder, EnumSet.of(Format.CSV)).write(TINY);
      new Importer(store, ImportOptions.defaults("fixtures:tiny")).importPath(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long count(GraphStore store, String cypher) {
    return store.read(tx -> tx.run(cypher).single().get(0).asLong());
  }

  static List<String> keys(List<EntityRef> refs) {
    return refs.stream().map(EntityRef::key).toList();
  }
}
