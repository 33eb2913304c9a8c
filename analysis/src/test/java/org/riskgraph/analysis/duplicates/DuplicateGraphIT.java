package org.riskgraph.analysis.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.duplicate.Decision;
import org.riskgraph.graph.duplicate.DecisionEntry;
import org.riskgraph.graph.duplicate.PairDecision;
import org.riskgraph.graph.duplicate.PersonPair;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.ImportSummary;
import org.riskgraph.graph.importer.Importer;
import org.riskgraph.graph.person.PersonFacts;
import org.riskgraph.graph.store.EmbeddedStoreExtension;
import org.riskgraph.graph.store.GraphStore;

/** Reading persons for the finder, and keeping analysts' decisions, against the embedded store. */
@ExtendWith(EmbeddedStoreExtension.class)
class DuplicateGraphIT {

  private static final String PEOPLE =
      """
      {"kind":"Township","code":"T1","name":"共和镇"}
      {"kind":"Village","code":"V1","name":"天台社区","townshipCode":"T1","population":3200}
      {"kind":"Person","id":"P1","name":"张伟","gender":"M","birthDate":"1990-05-12","villageCode":"V1"}
      {"kind":"Person","id":"P2","name":"张玮","gender":"M","birthDate":"1990-05-12","villageCode":"V1"}
      {"kind":"Person","id":"P3","name":"李娜"}
      """;

  private static final OffsetDateTime MORNING = OffsetDateTime.parse("2026-11-30T09:00:00+08:00");

  @Test
  void readsEveryPersonWithPhonesAndPlatesAsTheFixturesDescribeThem(
      GraphStore store, @TempDir Path dir) throws IOException {
    // Given the tiny county in the store
    County county = CountyGenerator.generate(Scale.TINY, 42, Plants.ALL);
    new FixtureWriter(dir, EnumSet.of(Format.CSV)).write(county);
    new Importer(store, ImportOptions.defaults("test")).importPath(dir);

    // When, in batches smaller than the county
    List<PersonFacts> read = new PersonFactsReader(store, 300).readAll();

    // Then the same facts the in-memory county gives, in id order
    assertThat(read).containsExactlyInAnyOrderElementsOf(CountyFacts.of(county));
    assertThat(read).isSortedAccordingTo((a, b) -> a.id().compareTo(b.id()));
  }

  @Test
  void recordsADecisionOnTheOrderedPairWithTheFindersEvidence(GraphStore store) {
    // Given
    load(store, PEOPLE);
    DuplicateDecisions decisions = new DuplicateDecisions(store);
    DuplicateCandidate candidate =
        new DuplicateCandidate("P1", "P2", 0.9, List.of("same birth date 1990-05-12"));

    // When named the other way round
    Optional<PairDecision> stored =
        decisions.record(
            PersonPair.of("P2", "P1"),
            new DecisionEntry(Decision.SAME, "analyst", MORNING, "same household register"),
            Optional.of(candidate));

    // Then one relationship from the smaller id, derived, with score, reasons and decision
    assertThat(stored).isPresent();
    assertThat(
            count(
                store,
                "MATCH (:Person {id:'P1'})-[r:POSSIBLY_SAME_AS]->(:Person {id:'P2'}) "
                    + "WHERE r.derived AND r.decision = 'SAME' AND r.score = 0.9 RETURN count(r)"))
        .isEqualTo(1);
    assertThat(count(store, "MATCH ()-[r:POSSIBLY_SAME_AS]->() RETURN count(r)")).isEqualTo(1);
    assertThat(count(store, "MATCH (p:Person) RETURN count(p)")).as("nothing merged").isEqualTo(3);
    PairDecision found =
        decisions.find(List.of(PersonPair.of("P1", "P2"))).get(PersonPair.of("P1", "P2"));
    assertThat(found.current().orElseThrow().note()).isEqualTo("same household register");
    assertThat(found.reasons()).containsExactly("same birth date 1990-05-12");
    assertThat(found.history()).isEmpty();
  }

  @Test
  void aNewDecisionReplacesTheCurrentOneAndKeepsItInTheHistory(GraphStore store) {
    // Given
    load(store, PEOPLE);
    DuplicateDecisions decisions = new DuplicateDecisions(store);
    PersonPair pair = PersonPair.of("P1", "P2");
    decisions.record(
        pair, new DecisionEntry(Decision.SAME, "analyst", MORNING, "first look"), Optional.empty());

    // When
    decisions.record(
        pair,
        new DecisionEntry(Decision.DIFFERENT, "command", MORNING.plusHours(2), "twins\tin fact"),
        Optional.empty());

    // Then
    PairDecision found = decisions.find(List.of(pair)).get(pair);
    assertThat(found.current().orElseThrow().decision()).isEqualTo(Decision.DIFFERENT);
    assertThat(found.current().orElseThrow().note()).isEqualTo("twins in fact");
    assertThat(found.history())
        .containsExactly(new DecisionEntry(Decision.SAME, "analyst", MORNING, "first look"));
    assertThat(found.score()).as("never proposed by the finder").isEmpty();
    assertThat(count(store, "MATCH ()-[r:POSSIBLY_SAME_AS]->() RETURN count(r)")).isEqualTo(1);
  }

  @Test
  void refusesAPairWithAnUnknownPersonAndSaysWhichIsUnknown(GraphStore store) {
    // Given
    load(store, PEOPLE);
    DuplicateDecisions decisions = new DuplicateDecisions(store);

    // When
    Optional<PairDecision> stored =
        decisions.record(
            PersonPair.of("P1", "P404"),
            new DecisionEntry(Decision.UNSURE, "analyst", MORNING, ""),
            Optional.empty());

    // Then
    assertThat(stored).isEmpty();
    assertThat(decisions.unknownPersons(List.of("P1", "P404"))).containsExactly("P404");
    assertThat(count(store, "MATCH ()-[r:POSSIBLY_SAME_AS]->() RETURN count(r)")).isZero();
  }

  private static void load(GraphStore store, String ndjson) {
    byte[] bytes = ndjson.getBytes(StandardCharsets.UTF_8);
    ImportSummary summary =
        new Importer(store, ImportOptions.defaults("test"))
            .importNdjson(new ByteArrayInputStream(bytes), "test", bytes.length);
    assertThat(summary.rejects()).isEmpty();
  }

  private static long count(GraphStore store, String cypher) {
    return store.read(tx -> tx.run(cypher).single().get(0).asLong());
  }
}
