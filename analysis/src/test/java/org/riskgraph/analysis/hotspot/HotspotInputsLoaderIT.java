package org.riskgraph.analysis.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.dispute.Dispute;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.Importer;
import org.riskgraph.graph.incident.Incident;
import org.riskgraph.graph.store.EmbeddedStoreExtension;
import org.riskgraph.graph.store.GraphStore;

/**
 * The loader against the embedded store: after importing the tiny county its map and its counts per
 * village and month equal those computed from the generated county in memory.
 */
@ExtendWith(EmbeddedStoreExtension.class)
class HotspotInputsLoaderIT {

  private static final YearMonth FIRST = YearMonth.of(2024, 11);
  private static final YearMonth LAST = YearMonth.of(2026, 10);

  @Test
  void readsTheMapAndTheCountsOfTheImportedTinyCountyAsGenerated(
      GraphStore store, @TempDir Path dir) throws IOException {
    // Given the tiny county imported from its CSV files
    County county = CountyGenerator.generate(Scale.TINY, 42, Plants.ALL);
    new FixtureWriter(dir, EnumSet.of(Format.CSV)).write(county);
    assertThat(new Importer(store, ImportOptions.defaults("test")).importPath(dir).rejects())
        .isEmpty();
    HotspotInputsLoader loader = new HotspotInputsLoader(store);

    // When every dispute of the period is loaded
    HotspotInputs all = loader.load(new EventSelection(EventKind.DISPUTES, List.of(), FIRST, LAST));

    // Then the map is the county's: its villages with population and coordinates, its borders
    assertThat(all.map()).isEqualTo(AreaMap.fromVillages(county.villages(), county.adjacency()));
    // and every month holds the disputes opened in it, per village
    assertThat(all.countsByMonth()).isEqualTo(disputesByMonth(county, FIRST, LAST, d -> true));
    assertThat(all.totals().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(county.disputes().size());

    // and so it is for chosen categories, shorter periods and incidents
    assertThat(
            loader
                .load(
                    new EventSelection(
                        EventKind.DISPUTES,
                        List.of("land", "NEIGHBOUR"),
                        YearMonth.of(2026, 5),
                        YearMonth.of(2026, 7)))
                .countsByMonth())
        .isEqualTo(
            disputesByMonth(
                county,
                YearMonth.of(2026, 5),
                YearMonth.of(2026, 7),
                d -> List.of("LAND", "NEIGHBOUR").contains(d.category().name())));
    assertThat(
            loader
                .load(
                    new EventSelection(
                        EventKind.INCIDENTS,
                        List.of("THEFT", "FRAUD"),
                        YearMonth.of(2025, 11),
                        LAST))
                .countsByMonth())
        .isEqualTo(
            incidentsByMonth(
                county,
                YearMonth.of(2025, 11),
                LAST,
                i -> List.of("THEFT", "FRAUD").contains(i.category().name())));
    assertThat(
            loader.load(new EventSelection(EventKind.INCIDENTS, List.of(), FIRST, LAST)).totals())
        .isEqualTo(totals(incidentsByMonth(county, FIRST, LAST, i -> true)));

    // and the last complete month is the data's last month once it has ended
    assertThat(loader.latestEventMonth(EventKind.DISPUTES)).contains(LAST);
    assertThat(loader.lastCompleteMonth(EventKind.INCIDENTS, clockAt("2026-11-30T12:00:00Z")))
        .isEqualTo(LAST);
    assertThat(loader.lastCompleteMonth(EventKind.INCIDENTS, clockAt("2026-10-20T12:00:00Z")))
        .isEqualTo(YearMonth.of(2026, 9));
  }

  @Test
  void placesEventsInAsiaShanghaiCalendarMonthsWhateverOffsetTheyWereStoredWith(GraphStore store) {
    // Given three disputes and an incident near the turn of May to June, stored with the offsets
    // of UTC and of Shanghai
    store.write(
        tx ->
            tx.run(
                    """
                    CREATE (v:Village {code: 'V1', name: '一村', townshipCode: 'T1', population: 1000, lat: 25.3, lon: 101.5})
                    CREATE (w:Village {code: 'V2', name: '二村', townshipCode: 'T1', population: 0})
                    CREATE (v)-[:ADJACENT_TO]->(w)
                    CREATE (:Dispute {id: 'D1', category: 'LAND', openedAt: datetime('2026-05-31T16:30:00Z')})-[:OCCURRED_IN]->(v)
                    CREATE (:Dispute {id: 'D2', category: 'LAND', openedAt: datetime('2026-05-31T23:59:59+08:00')})-[:OCCURRED_IN]->(v)
                    CREATE (:Dispute {id: 'D3', category: 'DEBT', openedAt: datetime('2026-04-30T16:00:00Z')})-[:OCCURRED_IN]->(w)
                    CREATE (:Dispute {id: 'D4', category: 'LAND', openedAt: datetime('2026-06-30T16:00:00Z')})-[:OCCURRED_IN]->(v)
                    CREATE (:Incident {id: 'J1', category: 'THEFT', reportedAt: datetime('2026-04-30T15:59:59Z')})-[:OCCURRED_IN]->(w)
                    """)
                .consume());
    HotspotInputsLoader loader = new HotspotInputsLoader(store);

    // When May and June are loaded
    HotspotInputs disputes =
        loader.load(
            new EventSelection(
                EventKind.DISPUTES, List.of(), YearMonth.of(2026, 5), YearMonth.of(2026, 6)));

    // Then 00:30 on 1 June in Shanghai is June, 23:59:59 on 31 May is May, 00:00 on 1 May is May
    // and 00:00 on 1 July is outside the period
    assertThat(disputes.countsByMonth())
        .isEqualTo(
            new TreeMap<>(
                Map.of(
                    YearMonth.of(2026, 5), Map.of("V1", 1L, "V2", 1L),
                    YearMonth.of(2026, 6), Map.of("V1", 1L))));
    // and 23:59:59 on 30 April in Shanghai is April
    assertThat(
            loader
                .load(
                    new EventSelection(
                        EventKind.INCIDENTS,
                        List.of(),
                        YearMonth.of(2026, 4),
                        YearMonth.of(2026, 4)))
                .countsByMonth())
        .isEqualTo(new TreeMap<>(Map.of(YearMonth.of(2026, 4), Map.of("V2", 1L))));
    assertThat(loader.latestEventMonth(EventKind.DISPUTES)).contains(YearMonth.of(2026, 7));
    // and a village without residents is on the map, for the analysis to list as excluded
    assertThat(disputes.map().areas()).extracting(Area::code).containsExactly("V1", "V2");
  }

  @Test
  void answersWithEmptyMonthsAndTheMonthBeforeTodayWhenThereAreNoEvents(GraphStore store) {
    HotspotInputsLoader loader = new HotspotInputsLoader(store);

    HotspotInputs inputs =
        loader.load(
            new EventSelection(
                EventKind.INCIDENTS, List.of(), YearMonth.of(2026, 1), YearMonth.of(2026, 3)));

    assertThat(inputs.countsByMonth())
        .hasSize(3)
        .allSatisfy((m, counts) -> assertThat(counts).isEmpty());
    assertThat(inputs.map().areas()).isEmpty();
    assertThat(loader.latestEventMonth(EventKind.INCIDENTS)).isEqualTo(Optional.empty());
    assertThat(loader.lastCompleteMonth(EventKind.INCIDENTS, clockAt("2026-03-01T00:30:00+08:00")))
        .isEqualTo(YearMonth.of(2026, 2));
  }

  private static Clock clockAt(String instant) {
    return Clock.fixed(java.time.OffsetDateTime.parse(instant).toInstant(), ZoneOffset.UTC);
  }

  private static SortedMap<YearMonth, Map<String, Long>> disputesByMonth(
      County county, YearMonth from, YearMonth to, Predicate<Dispute> wanted) {
    return byMonth(county.disputes(), Dispute::openedAt, Dispute::villageCode, wanted, from, to);
  }

  private static SortedMap<YearMonth, Map<String, Long>> incidentsByMonth(
      County county, YearMonth from, YearMonth to, Predicate<Incident> wanted) {
    return byMonth(
        county.incidents(), Incident::reportedAt, Incident::villageCode, wanted, from, to);
  }

  /**
   * The wanted events per month and village; the records hold their times at +08:00, so the month
   * of the date-time is the Asia/Shanghai month.
   */
  private static <E> SortedMap<YearMonth, Map<String, Long>> byMonth(
      List<E> events,
      Function<E, OffsetDateTime> time,
      Function<E, String> village,
      Predicate<E> wanted,
      YearMonth from,
      YearMonth to) {
    SortedMap<YearMonth, Map<String, Long>> months = new TreeMap<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.put(m, new HashMap<>());
    }
    for (E event : events) {
      Map<String, Long> month = months.get(YearMonth.from(time.apply(event)));
      if (month != null && wanted.test(event)) {
        month.merge(village.apply(event), 1L, Long::sum);
      }
    }
    return months;
  }

  private static Map<String, Long> totals(SortedMap<YearMonth, Map<String, Long>> months) {
    Map<String, Long> totals = new HashMap<>();
    months.values().forEach(m -> m.forEach((code, n) -> totals.merge(code, n, Long::sum)));
    return totals;
  }
}
