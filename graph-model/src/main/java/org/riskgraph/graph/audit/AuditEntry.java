package org.riskgraph.graph.audit;

import java.time.OffsetDateTime;

/**
 * An entry of the append-only audit trail. {@code hash} is SHA-256 over the entry's content and
 * {@code previousHash}, so changing or removing any entry breaks the chain from there on.
 */
public record AuditEntry(
    long seq, OffsetDateTime at, AuditEvent event, String previousHash, String hash) {}
