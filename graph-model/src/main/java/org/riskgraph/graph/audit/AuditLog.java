package org.riskgraph.graph.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.store.GraphStore;

/**
 * The append-only, hash-chained audit trail, stored in the graph. Appends are serialised by a write
 * lock on one {@code AuditHead} node, which holds the last sequence number and hash, so several
 * application instances can share one trail.
 *
 * <p>An append costs one statement when this instance wrote the previous entry: it remembers the
 * head it left, locks the head node and writes the entry only if the head is still that one; if
 * another instance wrote in between, the same transaction falls back to reading the locked head
 * first. Appends of one instance are serialised in the JVM, as the lock would serialise them
 * anyway.
 */
public final class AuditLog {

  static final List<String> SCHEMA =
      List.of(
          "CREATE CONSTRAINT audit_entry_seq_unique IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.seq IS UNIQUE",
          "CREATE CONSTRAINT audit_head_id_unique IF NOT EXISTS FOR (h:AuditHead) REQUIRE h.id IS UNIQUE",
          "CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at)",
          "CREATE INDEX audit_entry_user IF NOT EXISTS FOR (e:AuditEntry) ON (e.user)");

  private static final String LOCK_HEAD =
      """
      MERGE (h:AuditHead {id: 'audit'})
        ON CREATE SET h.seq = 0, h.hash = $genesis
      SET h.lockedAt = datetime()
      RETURN h.seq AS seq, h.hash AS hash
      """;

  private static final String APPEND =
      """
      MATCH (h:AuditHead {id: 'audit'})
      CREATE (e:AuditEntry {seq: $seq, at: $at, user: $user, roles: $roles, action: $action,
              endpoint: $endpoint, parameters: $parameters, subjects: $subjects, purpose: $purpose,
              outcome: $outcome, resultSize: $resultSize, previousHash: $previousHash, hash: $hash})
      SET h.seq = $seq, h.hash = $hash
      """;

  private static final String APPEND_AFTER_KNOWN_HEAD =
      """
      MATCH (h:AuditHead {id: 'audit'})
      SET h.lockedAt = datetime()
      WITH h WHERE h.seq = $previousSeq AND h.hash = $previousHash
      CREATE (e:AuditEntry {seq: $seq, at: $at, user: $user, roles: $roles, action: $action,
              endpoint: $endpoint, parameters: $parameters, subjects: $subjects, purpose: $purpose,
              outcome: $outcome, resultSize: $resultSize, previousHash: $previousHash, hash: $hash})
      SET h.seq = $seq, h.hash = $hash
      RETURN count(e) AS written
      """;

  private static final String LIST =
      """
      MATCH (e:AuditEntry)
      WHERE ($user IS NULL OR e.user = $user)
        AND ($subject IS NULL OR $subject IN e.subjects)
        AND ($from IS NULL OR e.at >= $from)
        AND ($to IS NULL OR e.at < $to)
      RETURN e ORDER BY e.seq DESC LIMIT $limit
      """;

  private static final String PAGE =
      "MATCH (e:AuditEntry) WHERE e.seq > $after RETURN e ORDER BY e.seq LIMIT $page";

  private static final String HEAD = "OPTIONAL MATCH (h:AuditHead {id: 'audit'}) RETURN h";

  private final GraphStore store;
  private final ReentrantLock appending = new ReentrantLock();
  private Head knownHead;

  private record Head(long seq, String hash) {}

  public AuditLog(GraphStore store) {
    this.store = store;
    store.applySchema(SCHEMA);
  }

  /** Writes the event as the next entry; throws if it cannot, so the caller's request fails. */
  public AuditEntry append(AuditEvent event) {
    OffsetDateTime at = OffsetDateTime.now(Fields.CHINA).truncatedTo(ChronoUnit.MILLIS);
    appending.lock();
    try {
      Head known = knownHead;
      knownHead = null; // unknown until this append has committed
      AuditEntry entry =
          store.write(
              Duration.ofSeconds(10),
              tx -> {
                if (known != null) {
                  AuditEntry fast = entry(known, at, event);
                  Map<String, Object> p = parameters(fast);
                  if (tx.run(APPEND_AFTER_KNOWN_HEAD, p).single().get("written").asLong() == 1) {
                    return fast;
                  }
                }
                Record head = tx.run(LOCK_HEAD, Map.of("genesis", AuditHashing.GENESIS)).single();
                AuditEntry locked =
                    entry(
                        new Head(head.get("seq").asLong(), head.get("hash").asString()), at, event);
                tx.run(APPEND, parameters(locked)).consume();
                return locked;
              });
      knownHead = new Head(entry.seq(), entry.hash());
      return entry;
    } finally {
      appending.unlock();
    }
  }

  private static AuditEntry entry(Head previous, OffsetDateTime at, AuditEvent event) {
    long seq = previous.seq() + 1;
    return new AuditEntry(
        seq, at, event, previous.hash(), AuditHashing.hash(seq, at, event, previous.hash()));
  }

  private static Map<String, Object> parameters(AuditEntry entry) {
    AuditEvent event = entry.event();
    Map<String, Object> p = new HashMap<>();
    p.put("seq", entry.seq());
    p.put("previousSeq", entry.seq() - 1);
    p.put("at", entry.at());
    p.put("user", event.user());
    p.put("roles", event.roles());
    p.put("action", event.action().name());
    p.put("endpoint", event.endpoint());
    p.put("parameters", event.parameters());
    p.put("subjects", event.subjects());
    p.put("purpose", event.purpose());
    p.put("outcome", event.outcome());
    p.put("resultSize", event.resultSize());
    p.put("previousHash", entry.previousHash());
    p.put("hash", entry.hash());
    return p;
  }

  public List<AuditEntry> list(AuditQuery query) {
    Map<String, Object> p = new HashMap<>();
    p.put("user", query.user().orElse(null));
    p.put("subject", query.subject().orElse(null));
    p.put("from", query.from().orElse(null));
    p.put("to", query.to().orElse(null));
    p.put("limit", query.limit());
    return store.read(tx -> tx.run(LIST, p).list(r -> toEntry(r.get("e"))));
  }

  /** Walks the whole chain in order, recomputing every hash. */
  public ChainVerification verify() {
    long expected = 1;
    String previous = AuditHashing.GENESIS;
    long checked = 0;
    while (true) {
      long after = expected - 1;
      List<AuditEntry> page =
          store.read(
              Duration.ofMinutes(2),
              tx ->
                  tx.run(PAGE, Map.of("after", after, "page", 5000))
                      .list(r -> toEntry(r.get("e"))));
      if (page.isEmpty()) {
        break;
      }
      for (AuditEntry entry : page) {
        if (entry.seq() != expected) {
          return ChainVerification.broken(checked, expected, "entry " + expected + " is missing");
        }
        if (!entry.previousHash().equals(previous)) {
          return ChainVerification.broken(
              checked, entry.seq(), "its previous hash does not match entry " + (expected - 1));
        }
        String recomputed = AuditHashing.hash(entry.seq(), entry.at(), entry.event(), previous);
        if (!recomputed.equals(entry.hash())) {
          return ChainVerification.broken(checked, entry.seq(), "its content was changed");
        }
        previous = entry.hash();
        expected++;
        checked++;
      }
    }
    Value head = store.read(tx -> tx.run(HEAD).single().get("h"));
    long headSeq = head.isNull() ? 0 : head.get("seq").asLong();
    String headHash = head.isNull() ? AuditHashing.GENESIS : head.get("hash").asString();
    if (headSeq != checked || !headHash.equals(previous)) {
      return ChainVerification.broken(
          checked,
          checked + 1,
          "entries after " + checked + " are missing (the head is at " + headSeq + ")");
    }
    return ChainVerification.intact(checked);
  }

  private static AuditEntry toEntry(Value e) {
    OffsetDateTime at = StoredValues.time(e.get("at"));
    AuditEvent event =
        new AuditEvent(
            e.get("user").asString(),
            e.get("roles").asList(Value::asString),
            AuditAction.valueOf(e.get("action").asString()),
            e.get("endpoint").asString(),
            e.get("parameters").asString(),
            e.get("subjects").asList(Value::asString),
            e.get("purpose").asString(),
            e.get("outcome").asString(),
            e.get("resultSize").asLong());
    return new AuditEntry(
        e.get("seq").asLong(),
        at,
        event,
        e.get("previousHash").asString(),
        e.get("hash").asString());
  }
}
