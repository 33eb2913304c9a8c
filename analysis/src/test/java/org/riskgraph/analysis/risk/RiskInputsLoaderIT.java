package org.riskgraph.analysis.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.output.FixtureWriter;
import org.riskgraph.fixtures.output.Format;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.importer.ImportOptions;
import org.riskgraph.graph.importer.Importer;
import org.riskgraph.graph.store.EmbeddedStoreExtension;
import org.riskgraph.graph.store.GraphStore;

/** The Cypher loader and the in-memory path count the same things on the tiny county. */
@ExtendWith(EmbeddedStoreExtension.class)
class RiskInputsLoaderIT {

  @Test
  void loadsFromTheGraphExactlyTheInputsCountedFromTheRecordsInMemory(
      GraphStore store, @TempDir Path dir) throws Exception {
    County county = CountyGenerator.generate(Scale.TINY, 42, Plants.ALL);
    new FixtureWriter(dir, EnumSet.of(Format.CSV)).write(county);
    assertThat(new Importer(store, ImportOptions.defaults("test")).importPath(dir).rejects())
        .isEmpty();
    RiskInputs inMemory = FixtureInputs.of(county);

    // as of a day before any control ended, so every control counts in its term, as in memory
    RiskInputs loaded = new RiskInputsLoader(store).load(java.time.LocalDate.of(2024, 1, 1));

    assertThat(loaded.months()).hasSize(24);
    assertThat(loaded.villages()).hasSize(12);
    long lapses =
        loaded.counts().stream().mapToLong(c -> c.missedCheckIns() + c.violations()).sum();
    long longOpen = loaded.counts().stream().mapToLong(VillageMonth::openOver30Days).sum();
    long escalations = loaded.counts().stream().mapToLong(VillageMonth::escalations).sum();
    assertThat(lapses).isPositive();
    assertThat(longOpen).isPositive();
    assertThat(escalations).isPositive();
    assertThat(loaded).isEqualTo(inMemory);
    assertThat(new RiskAnalysis(RiskSettings.defaults()).assess(loaded))
        .isEqualTo(new RiskAnalysis(RiskSettings.defaults()).assess(inMemory));

    java.time.LocalDate late = java.time.LocalDate.of(2026, 6, 1);
    RiskInputs lateInMemory =
        InputsAssembler.fromRecords(
            county.townships(),
            county.villages(),
            county.adjacency(),
            FixtureInputs.records(county),
            late);
    assertThat(new RiskInputsLoader(store).load(late)).isEqualTo(lateInMemory);
    assertThat(lateInMemory).isNotEqualTo(inMemory);
  }

  @Test
  void dropsLapsesRecordedAfterAControlEndedAndControlsThatHaveExpired(GraphStore store) {
    store.write(
        tx ->
            tx.run(
                    """
                    CREATE (t:Township {code: 'T1', name: '一镇'})
                    CREATE (v:Village {code: 'V1', name: '甲村', townshipCode: 'T1', population: 800})
                    CREATE (v)-[:PART_OF]->(t)
                    CREATE (p:Person {id: 'P1', name: '张三', villageCode: 'V1'})-[:RESIDES_IN]->(v)
                    CREATE (i:Incident {id: 'J1', reportedAt: datetime('2026-01-03T10:00:00+08:00'),
                                        severity: 2, villageCode: 'V1'})-[:OCCURRED_IN]->(v)
                    CREATE (j:Incident {id: 'J2', reportedAt: datetime('2026-03-03T10:00:00+08:00'),
                                        severity: 1, villageCode: 'V1'})-[:OCCURRED_IN]->(v)
                    CREATE (c:Control {id: 'C1', startsOn: date('2026-01-10'), endsOn: date('2026-02-10'),
                                       legalBasis: '刑诉法第六十七条', category: 'BAIL', level: 'LOW'})
                    CREATE (p)-[:SUBJECT_OF]->(c)
                    CREATE (c)-[:RECORDED]->(:ControlEvent {id: 'E1', kind: 'MISSED_CHECK_IN',
                                                            at: datetime('2026-01-20T09:00:00+08:00')})
                    CREATE (c)-[:RECORDED]->(:ControlEvent {id: 'E2', kind: 'VIOLATION',
                                                            at: datetime('2026-02-10T23:00:00+08:00')})
                    CREATE (c)-[:RECORDED]->(:ControlEvent {id: 'E3', kind: 'MISSED_CHECK_IN',
                                                            at: datetime('2026-02-17T09:00:00+08:00')})
                    CREATE (c)-[:RECORDED]->(:ControlEvent {id: 'E4', kind: 'VIOLATION',
                                                            at: datetime('2026-03-01T09:00:00+08:00')})
                    """)
                .consume());

    RiskInputs loaded = new RiskInputsLoader(store).load(java.time.LocalDate.of(2026, 1, 1));

    assertThat(loaded.months()).hasSize(3);
    assertThat(loaded.at(0, 0).missedCheckIns()).isEqualTo(1);
    assertThat(loaded.at(0, 1).violations()).isEqualTo(1);
    assertThat(loaded.at(0, 1).missedCheckIns()).isZero();
    assertThat(loaded.at(0, 2).activeControls()).isZero();
    assertThat(loaded.at(0, 2).violations()).isZero();

    RiskInputs afterItEnded = new RiskInputsLoader(store).load(java.time.LocalDate.of(2026, 2, 11));
    assertThat(afterItEnded.counts())
        .allSatisfy(
            c -> {
              assertThat(c.activeControls()).isZero();
              assertThat(c.missedCheckIns() + c.violations()).isZero();
            });
  }
}
