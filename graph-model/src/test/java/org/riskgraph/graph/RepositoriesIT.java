package org.riskgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.riskgraph.graph.control.ControlCategory;
import org.riskgraph.graph.control.ControlEventKind;
import org.riskgraph.graph.control.ControlRepository;
import org.riskgraph.graph.control.ControlTerm;
import org.riskgraph.graph.control.LapseTally;
import org.riskgraph.graph.control.VillageSupervision;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeOutcome;
import org.riskgraph.graph.dispute.DisputeRepository;
import org.riskgraph.graph.dispute.DisputeStatus;
import org.riskgraph.graph.dispute.OpenDispute;
import org.riskgraph.graph.entity.EntityKind;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.ImportSummary;
import org.riskgraph.graph.importer.Importer;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.incident.IncidentParty;
import org.riskgraph.graph.incident.IncidentRepository;
import org.riskgraph.graph.incident.IncidentTally;
import org.riskgraph.graph.incident.InvolvementRole;
import org.riskgraph.graph.link.LinkEdgeSink;
import org.riskgraph.graph.link.LinkRepository;
import org.riskgraph.graph.link.LinkType;
import org.riskgraph.graph.link.Neighbour;
import org.riskgraph.graph.link.StoredLink;
import org.riskgraph.graph.person.Gender;
import org.riskgraph.graph.product.IncidentFile;
import org.riskgraph.graph.product.PersonFile;
import org.riskgraph.graph.product.ProductFiles;
import org.riskgraph.graph.product.VillageFile;
import org.riskgraph.graph.snapshot.EventCounts;
import org.riskgraph.graph.snapshot.EventCountsReader;
import org.riskgraph.graph.snapshot.RiskFacts;
import org.riskgraph.graph.snapshot.RiskFactsReader;
import org.riskgraph.graph.stats.StatsRepository;
import org.riskgraph.graph.store.EmbeddedStoreExtension;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.store.QueryTimeoutException;
import org.riskgraph.graph.store.StoreException;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Circle;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.VillageMap;
import org.riskgraph.graph.village.VillageMonthCount;
import org.riskgraph.graph.village.VillageRepository;
import org.riskgraph.graph.village.VillageSummary;

/**
 * graph-model's repositories and readers against a small county typed in by hand and imported
 * through the real importer, so that every expected value can be checked by eye: the map, the
 * counts per Shanghai month (with times stored in UTC among them), the products' files, links, and
 * the driver's failures as graph-model exceptions.
 */
@ExtendWith(EmbeddedStoreExtension.class)
class RepositoriesIT {

  /**
   * Three villages in two townships, V2 between V1 and V3; J1 stored in UTC at 00:30 on 1 June in
   * Shanghai, J2 one second before midnight on 31 May; D1 escalated into J3; C1 in force through
   * 2026 with a missed check-in, a violation and a check-in in June, C2 ended in 2025.
   */
  private static final String COUNTY =
      """
      {"kind":"Township","code":"T1","name":"共和镇"}
      {"kind":"Township","code":"T2","name":"和平乡"}
      {"kind":"Village","code":"V1","name":"甲村","townshipCode":"T1","population":1000,"circle":"RURAL","complex":true,"lat":25.3,"lon":101.5}
      {"kind":"Village","code":"V2","name":"乙村","townshipCode":"T1","population":500}
      {"kind":"Village","code":"V3","name":"丙村","townshipCode":"T2","population":800}
      {"kind":"Adjacent","a":"V2","b":"V1"}
      {"kind":"Adjacent","a":"V2","b":"V3"}
      {"kind":"Person","id":"P1","name":"张伟","gender":"M","birthDate":"1990-05-12","villageCode":"V1"}
      {"kind":"Person","id":"P2","name":"李娜","villageCode":"V2"}
      {"kind":"Knows","from":"P1","to":"P2","type":"FAMILY","since":"2020-01-01"}
      {"kind":"Incident","id":"J1","reportedAt":"2026-05-31T16:30:00Z","category":"THEFT","severity":2,"villageCode":"V1"}
      {"kind":"Incident","id":"J2","reportedAt":"2026-05-31T23:59:59+08:00","category":"FRAUD","severity":3,"villageCode":"V1"}
      {"kind":"Incident","id":"J3","reportedAt":"2026-06-10T10:00:00+08:00","category":"THEFT","severity":2,"villageCode":"V2"}
      {"kind":"Involvement","incidentId":"J1","personId":"P1","role":"SUSPECT"}
      {"kind":"Dispute","id":"D1","openedAt":"2026-05-20T09:00:00+08:00","category":"LAND","villageCode":"V2","status":"RESOLVED","resolvedAt":"2026-06-02T09:00:00+08:00","partyIds":["P1","P2"],"escalatedTo":"J3"}
      {"kind":"Dispute","id":"D2","openedAt":"2026-06-05T09:00:00+08:00","category":"DEBT","villageCode":"V3","status":"OPEN"}
      {"kind":"Control","id":"C1","personId":"P1","category":"PAROLE","level":"HIGH","legalBasis":"刑法第八十一条","startsOn":"2026-01-01","endsOn":"2026-12-31"}
      {"kind":"Control","id":"C2","personId":"P2","category":"BAIL","level":"LOW","legalBasis":"刑事诉讼法第六十七条","startsOn":"2025-01-01","endsOn":"2025-12-31"}
      {"kind":"ControlEvent","id":"E1","controlId":"C1","at":"2026-06-03T10:00:00+08:00","type":"MISSED_CHECK_IN"}
      {"kind":"ControlEvent","id":"E2","controlId":"C1","at":"2026-06-04T10:00:00+08:00","type":"VIOLATION"}
      {"kind":"ControlEvent","id":"E3","controlId":"C1","at":"2026-06-05T10:00:00+08:00","type":"CHECK_IN"}
      {"kind":"ControlEvent","id":"E4","controlId":"C2","at":"2025-06-05T10:00:00+08:00","type":"VIOLATION"}
      """;

  private static final YearMonth MAY = YearMonth.of(2026, 5);
  private static final YearMonth JUNE = YearMonth.of(2026, 6);

  private static OffsetDateTime at(String time) {
    return OffsetDateTime.parse(time);
  }

  private static void load(GraphStore store) {
    byte[] bytes = COUNTY.getBytes(StandardCharsets.UTF_8);
    ImportSummary summary =
        new Importer(store, ImportOptions.defaults("test"))
            .importNdjson(new ByteArrayInputStream(bytes), "test", bytes.length);
    assertThat(summary.rejects()).isEmpty();
  }

  @Test
  void readsTheMapOnceWithEachAdjacencyOnceAndTheVillageListWithTownshipAndNeighbours(
      GraphStore store) {
    VillageRepository villages = new VillageRepository(store);
    assertThat(villages.any()).isFalse();
    load(store);

    VillageMap map = villages.map();

    assertThat(villages.any()).isTrue();
    assertThat(map.townships())
        .containsExactly(new Township("T1", "共和镇"), new Township("T2", "和平乡"));
    assertThat(map.villages()).extracting(v -> v.code()).containsExactly("V1", "V2", "V3");
    assertThat(map.villages().getFirst().circle()).isEqualTo(Circle.RURAL);
    assertThat(map.villages().getFirst().complex()).isTrue();
    assertThat(map.adjacency())
        .containsExactly(new Adjacency("V1", "V2"), new Adjacency("V2", "V3"));
    assertThat(villages.townships()).isEqualTo(map.townships());
    assertThat(villages.villages()).isEqualTo(map.villages());
    assertThat(villages.adjacency()).isEqualTo(map.adjacency());
    assertThat(villages.findAll())
        .extracting(VillageSummary::code, VillageSummary::townshipName, VillageSummary::neighbours)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("V1", "共和镇", 1),
            org.assertj.core.groups.Tuple.tuple("V2", "共和镇", 2),
            org.assertj.core.groups.Tuple.tuple("V3", "和平乡", 1));
    assertThat(villages.find("V3")).map(VillageSummary::population).contains(800L);
    assertThat(villages.find("V9")).isEmpty();
  }

  @Test
  void readsTheRiskFactsInShanghaiMonthsWithoutControlsThatHaveEnded(GraphStore store) {
    load(store);

    RiskFacts facts = new RiskFactsReader(store).read(LocalDate.of(2026, 7, 1));

    assertThat(facts.map()).isEqualTo(new VillageRepository(store).map());
    assertThat(facts.incidents())
        .containsExactlyInAnyOrder(
            new IncidentTally("V1", JUNE, 2, 1),
            new IncidentTally("V1", MAY, 3, 1),
            new IncidentTally("V2", JUNE, 2, 1));
    assertThat(facts.disputes())
        .containsExactlyInAnyOrder(
            new DisputeOutcome(
                "V2",
                at("2026-05-20T09:00+08:00"),
                Optional.of(at("2026-06-02T09:00+08:00")),
                DisputeStatus.RESOLVED,
                Optional.of(at("2026-06-10T10:00+08:00"))),
            new DisputeOutcome(
                "V3",
                at("2026-06-05T09:00+08:00"),
                Optional.empty(),
                DisputeStatus.OPEN,
                Optional.empty()));
    assertThat(facts.controls())
        .containsExactly(
            new ControlTerm(
                "C1", Optional.of("V1"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(facts.lapses())
        .containsExactlyInAnyOrder(
            new LapseTally("C1", JUNE, ControlEventKind.MISSED_CHECK_IN, 1),
            new LapseTally("C1", JUNE, ControlEventKind.VIOLATION, 1));
  }

  @Test
  void countsEventsPerVillageAndShanghaiMonthWithTheChosenCategoriesOnly(GraphStore store) {
    load(store);
    EventCountsReader reader = new EventCountsReader(store);

    EventCounts all = reader.incidents(List.of(MAY, JUNE), List.of(IncidentCategory.values()));
    EventCounts fraud = reader.incidents(List.of(MAY, JUNE), List.of(IncidentCategory.FRAUD));
    EventCounts disputes = reader.disputes(List.of(JUNE), List.of(DisputeCategory.values()));

    assertThat(all.villages()).isEqualTo(new VillageRepository(store).villages());
    assertThat(all.adjacency()).hasSize(2);
    assertThat(all.counts())
        .containsExactlyInAnyOrder(
            new VillageMonthCount("V1", MAY, 1),
            new VillageMonthCount("V1", JUNE, 1),
            new VillageMonthCount("V2", JUNE, 1));
    assertThat(fraud.counts()).containsExactly(new VillageMonthCount("V1", MAY, 1));
    assertThat(disputes.counts()).containsExactly(new VillageMonthCount("V3", JUNE, 1));
  }

  @Test
  void readsIncidentsDisputesAndSupervisionOfShanghaiDaysWithTimesInShanghai(GraphStore store) {
    load(store);
    IncidentRepository incidents = new IncidentRepository(store);
    DisputeRepository disputes = new DisputeRepository(store);

    List<Incident> firstOfJune =
        incidents.reportedBetween(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2));
    List<Dispute> opened =
        disputes.openedBetween(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 1));
    List<VillageSupervision> supervision =
        new ControlRepository(store)
            .supervision(
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1));

    // J1 was stored in UTC; it comes back as the same instant in Shanghai time
    assertThat(firstOfJune).extracting(Incident::id).containsExactly("J1");
    assertThat(firstOfJune.getFirst().reportedAt().toString()).isEqualTo("2026-06-01T00:30+08:00");
    assertThat(incidents.latestReportedAt()).contains(at("2026-06-10T10:00+08:00"));
    assertThat(incidents.parties(List.of("J1", "J2")))
        .containsExactly(new IncidentParty("J1", "P1", "张伟", Optional.of(InvolvementRole.SUSPECT)));
    assertThat(opened).extracting(Dispute::id).containsExactly("D1", "D2");
    assertThat(opened.getFirst().escalatedTo()).isEqualTo("J3");
    assertThat(disputes.latestOpenedAt()).contains(at("2026-06-05T09:00+08:00"));
    assertThat(supervision).containsExactly(new VillageSupervision(Optional.of("V1"), 1, 1, 1));
    assertThat(new StatsRepository(store).eventSpan().firstDay())
        .contains(LocalDate.of(2026, 5, 20));
    assertThat(new StatsRepository(store).eventSpan().lastDay())
        .contains(LocalDate.of(2026, 6, 10));
  }

  @Test
  void readsTheFilesOfAnIncidentAPersonAndAVillage(GraphStore store) {
    load(store);
    ProductFiles files = new ProductFiles(store);
    LocalDate today = LocalDate.of(2026, 6, 15);

    IncidentFile incident = files.incident("J1", today, 20).orElseThrow();
    PersonFile person = files.person("P1", today, 200, 200, 5).orElseThrow();
    VillageFile v3 = files.village("V3", 200).orElseThrow();

    assertThat(incident.incident().category()).isEqualTo(IncidentCategory.THEFT);
    assertThat(incident.incident().reportedAt()).isEqualTo(at("2026-06-01T00:30+08:00"));
    assertThat(incident.incident().villageName()).isEqualTo("甲村");
    assertThat(incident.incident().townshipName()).isEqualTo("共和镇");
    assertThat(incident.persons())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.id()).isEqualTo("P1");
              assertThat(p.role()).isEqualTo(InvolvementRole.SUSPECT);
              assertThat(p.gender()).isEqualTo(Gender.M);
              assertThat(p.controlsInForce()).isEqualTo(1);
            });
    assertThat(incident.disputes())
        .extracting(IncidentFile.RelatedDispute::id, IncidentFile.RelatedDispute::relation)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("D1", "PARTY"));

    assertThat(person.person().townshipName()).isEqualTo("共和镇");
    assertThat(person.controls())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.category()).isEqualTo(ControlCategory.PAROLE);
              assertThat(c.level()).isEqualTo("HIGH");
              assertThat(List.of(c.checkIns(), c.missedCheckIns(), c.violations()))
                  .containsExactly(1L, 1L, 1L);
            });
    assertThat(person.events())
        .extracting(PersonFile.Event::kind)
        .containsExactly("VIOLATION", "MISSED_CHECK_IN", "INCIDENT", "DISPUTE");
    assertThat(person.events().get(2).role()).isEqualTo(InvolvementRole.SUSPECT);
    assertThat(person.links())
        .extracting(PersonFile.Link::type, PersonFile.Link::other, PersonFile.Link::detail)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("KNOWS", "person:P2", "FAMILY"));

    assertThat(v3.village().townshipName()).isEqualTo("和平乡");
    assertThat(v3.openDisputes())
        .containsExactly(
            new OpenDispute(
                "D2", at("2026-06-05T09:00+08:00"), DisputeCategory.DEBT, DisputeStatus.OPEN, 0));
    assertThat(files.village("V2", 200).orElseThrow().openDisputes()).isEmpty();
    assertThat(files.incident("J9", today, 20)).isEmpty();
    assertThat(files.person("P9", today, 200, 200, 5)).isEmpty();
  }

  @Test
  void readsLinksForTheProjectionTheirEvidenceAndTheirNeighbours(GraphStore store) {
    load(store);
    LinkRepository links = new LinkRepository(store);
    Duration timeout = Duration.ofSeconds(30);
    EntityRef p1 = new EntityRef(EntityKind.PERSON, "P1");
    EntityRef p2 = new EntityRef(EntityKind.PERSON, "P2");

    List<String> edges = new ArrayList<>();
    LinkEdgeSink sink =
        (type, fromKind, from, toKind, to, start, end, qualifier) ->
            edges.add(type + " " + from + ">" + to + " " + start + ".." + end + " " + qualifier);
    links.readEdges(timeout, LocalDate.of(2026, 6, 15), () -> sink);
    var evidence =
        links.evidence(timeout, List.of(new LinkRepository.Hop(LinkType.KNOWS, p1, p2)), List.of());
    List<Neighbour> around =
        links.inOneRead(
            timeout,
            reads ->
                reads.around(
                    p1,
                    LinkType.KNOWS,
                    LinkType.KNOWS.shapes().getFirst(),
                    true,
                    List.of("P1"),
                    Optional.empty(),
                    Optional.empty(),
                    LocalDate.of(2026, 6, 15),
                    10));

    long since = at("2020-01-01T00:00+08:00").toEpochSecond();
    long j1 = at("2026-06-01T00:30+08:00").toEpochSecond();
    assertThat(edges)
        .contains(
            "KNOWS P1>P2 " + since + ".." + Long.MAX_VALUE + " FAMILY",
            "INVOLVED_IN P1>J1 " + j1 + ".." + j1 + " SUSPECT",
            "RESIDES_IN P1>V1 " + Long.MIN_VALUE + ".." + Long.MAX_VALUE + " null")
        .noneMatch(e -> e.startsWith("SEEN_AT") || e.startsWith("SUBJECT_OF"));
    assertThat(evidence.names()).containsEntry(p1, Optional.of("张伟"));
    assertThat(evidence.names()).containsEntry(p2, Optional.of("李娜"));
    assertThat(evidence.links())
        .singleElement()
        .satisfies(
            (StoredLink link) -> {
              assertThat(link.qualifier()).contains("FAMILY");
              assertThat(link.start()).isEqualTo(at("2020-01-01T00:00+08:00"));
              assertThat(link.properties()).containsEntry("kind", "FAMILY");
            });
    assertThat(around)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.key()).isEqualTo("P2");
              assertThat(n.name()).contains("李娜");
              assertThat(n.total()).isEqualTo(1);
            });
    assertThat(links.names(timeout, List.of(p1, new EntityRef(EntityKind.PERSON, "P9"))))
        .isEqualTo(Map.of(p1, Optional.of("张伟")));
  }

  @Test
  void turnsTheDriversFailuresIntoGraphModelExceptions(GraphStore store) {
    assertThatThrownBy(
            () ->
                store.read(
                    Duration.ofMillis(200),
                    tx ->
                        tx.run(
                                "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b"
                                    + " WITH a, b WHERE a + b < 0 RETURN count(*) AS n")
                            .single()))
        .isInstanceOf(QueryTimeoutException.class);
    assertThatThrownBy(() -> store.read(tx -> tx.run("MATCH (n RETURN n").consume()))
        .isExactlyInstanceOf(StoreException.class)
        .extracting(e -> ((StoreException) e).code())
        .asString()
        .contains("SyntaxError");
  }
}
