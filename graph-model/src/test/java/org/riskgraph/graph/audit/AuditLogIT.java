package org.riskgraph.graph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.riskgraph.graph.store.EmbeddedStoreExtension;
import org.riskgraph.graph.store.GraphStore;

@ExtendWith(EmbeddedStoreExtension.class)
class AuditLogIT {

  private final GraphStore store;
  private final AuditLog audit;

  AuditLogIT(GraphStore store) {
    this.store = store;
    this.audit = new AuditLog(store);
  }

  @Test
  void chainsEntriesInOrderAndVerifiesThem() {
    AuditEntry first = audit.append(read("analyst", "person:P1"));
    AuditEntry second = audit.append(read("analyst", "person:P2"));

    assertThat(first.seq()).isEqualTo(1);
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(audit.verify())
        .isEqualTo(new ChainVerification(true, 2, Optional.empty(), Optional.empty()));
  }

  @Test
  void listsEntriesFilteredByUserAndSubjectNewestFirst() {
    audit.append(read("analyst", "person:P1"));
    audit.append(read("command", "person:P2"));
    audit.append(read("analyst", "person:P2"));

    List<AuditEntry> bySubject =
        audit.list(
            new AuditQuery(
                Optional.empty(),
                Optional.of("person:P2"),
                Optional.empty(),
                Optional.empty(),
                10));
    List<AuditEntry> byUser =
        audit.list(
            new AuditQuery(
                Optional.of("analyst"), Optional.empty(), Optional.empty(), Optional.empty(), 10));

    assertThat(bySubject).extracting(AuditEntry::seq).containsExactly(3L, 2L);
    assertThat(byUser).extracting(AuditEntry::seq).containsExactly(3L, 1L);
    assertThat(byUser.getFirst().event().purpose()).isEqualTo("case J2026101400001");
  }

  @Test
  void detectsAnEntryEditedDirectlyInTheStore() {
    IntStream.rangeClosed(1, 4).forEach(i -> audit.append(read("analyst", "person:P" + i)));

    store.write(
        tx -> tx.run("MATCH (e:AuditEntry {seq: 2}) SET e.subjects = ['person:P9']").consume());

    ChainVerification check = audit.verify();
    assertThat(check.ok()).isFalse();
    assertThat(check.brokenAt()).contains(2L);
    assertThat(check.reason()).hasValue("its content was changed");
  }

  @Test
  void detectsAnEntryEditedTogetherWithItsOwnHash() {
    IntStream.rangeClosed(1, 3).forEach(i -> audit.append(read("analyst", "person:P" + i)));

    store.write(
        tx ->
            tx.run(
                    """
                    MATCH (e:AuditEntry {seq: 2})
                    SET e.hash = CASE WHEN e.hash STARTS WITH 'f' THEN '0' ELSE 'f' END
                                 + substring(e.hash, 1)
                    """)
                .consume());

    ChainVerification check = audit.verify();
    assertThat(check.brokenAt()).contains(2L);
  }

  @Test
  void detectsADeletedEntryInTheMiddleAndAtTheEnd() {
    IntStream.rangeClosed(1, 4).forEach(i -> audit.append(read("analyst", "person:P" + i)));

    store.write(tx -> tx.run("MATCH (e:AuditEntry {seq: 4}) DELETE e").consume());
    assertThat(audit.verify().reason())
        .hasValueSatisfying(r -> assertThat(r).contains("after 3 are missing"));

    store.write(tx -> tx.run("MATCH (e:AuditEntry {seq: 2}) DELETE e").consume());
    ChainVerification check = audit.verify();
    assertThat(check.brokenAt()).contains(2L);
    assertThat(check.reason()).hasValue("entry 2 is missing");
  }

  @Test
  void concurrentAppendsKeepOneUnbrokenChain() throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 40; i++) {
        int n = i;
        pool.submit(() -> audit.append(read("analyst", "person:P" + n)));
      }
    }

    ChainVerification check = audit.verify();
    assertThat(check.ok()).isTrue();
    assertThat(check.entries()).isEqualTo(40);
  }

  @Test
  void twoInstancesAppendingInTurnKeepOneUnbrokenChain() {
    // Given a second application instance on the same store
    AuditLog other = new AuditLog(store);

    // When both append, each after the other has moved the head it last saw
    audit.append(read("analyst", "person:P1"));
    other.append(read("command", "person:P2"));
    AuditEntry third = audit.append(read("analyst", "person:P3"));
    audit.append(read("analyst", "person:P4"));
    AuditEntry fifth = other.append(read("command", "person:P5"));

    // Then the entries are numbered in order, each chained to the one before
    assertThat(third.seq()).isEqualTo(3);
    assertThat(fifth.seq()).isEqualTo(5);
    assertThat(audit.verify())
        .isEqualTo(new ChainVerification(true, 5, Optional.empty(), Optional.empty()));
  }

  private static AuditEvent read(String user, String subject) {
    return new AuditEvent(
        user,
        List.of("ANALYST"),
        AuditAction.PERSON_READ,
        "GET /api/v1/entities/{kind}/{key}",
        "/api/v1/entities/person/" + subject.substring(7),
        List.of(subject),
        "case J2026101400001",
        "200",
        1);
  }
}
