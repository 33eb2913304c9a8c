package org.riskgraph.api.supervision;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.audit.AuditEntry;
import org.riskgraph.graph.audit.AuditLog;
import org.riskgraph.graph.audit.AuditQuery;
import org.riskgraph.graph.audit.ChainVerification;
import org.riskgraph.graph.common.Fields;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for supervisors: list with filters, and verify the chain. */
@RestController
class AuditController {

  private final AuditLog log;

  AuditController(AuditLog log) {
    this.log = log;
  }

  @GetMapping("/api/v1/audit")
  @Access(value = Role.SUPERVISOR, audit = AuditAction.AUDIT_READ)
  AuditEntries list(
      @RequestParam Optional<String> user,
      @RequestParam Optional<String> subject,
      @RequestParam Optional<String> from,
      @RequestParam Optional<String> to,
      @RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > AuditQuery.MAX_LIMIT) {
      throw BadRequestException.invalid("limit", "limit must be 1.." + AuditQuery.MAX_LIMIT);
    }
    Optional<OffsetDateTime> fromTime = from.map(f -> Fields.requireDateTime("from", f));
    Optional<OffsetDateTime> toTime = to.map(t -> Fields.requireDateTime("to", t));
    return new AuditEntries(log.list(new AuditQuery(user, subject, fromTime, toTime, limit)));
  }

  @GetMapping("/api/v1/audit/verify")
  @Access(value = Role.SUPERVISOR, audit = AuditAction.AUDIT_READ)
  ChainVerification verify() {
    return log.verify();
  }

  record AuditEntries(List<AuditEntry> entries) {}
}
