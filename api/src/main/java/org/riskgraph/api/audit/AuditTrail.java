package org.riskgraph.api.audit;

import java.util.ArrayList;
import java.util.List;
import org.riskgraph.graph.audit.AuditAction;
import org.riskgraph.graph.audit.AuditEntry;
import org.riskgraph.graph.audit.AuditEvent;
import org.riskgraph.graph.audit.AuditLog;
import org.springframework.stereotype.Service;

/** Writes audit entries for requests; a failed write is an exception, so the request fails. */
@Service
public class AuditTrail {

  private final AuditLog log;

  AuditTrail(AuditLog log) {
    this.log = log;
  }

  /** Writes the entry for a request whose answer is about to be sent. */
  public AuditEntry requestAnswered(
      AuditContext context, String outcome, List<String> subjects, long size) {
    List<String> all = new ArrayList<>(subjects);
    all.addAll(context.extraSubjects());
    AuditEntry entry =
        log.append(
            new AuditEvent(
                context.user(),
                context.roles(),
                context.action(),
                context.endpoint(),
                context.parameters(),
                all.size() > 500 ? all.subList(0, 500) : all,
                context.purpose(),
                outcome,
                size));
    context.markWritten();
    return entry;
  }

  /** Writes an entry that is not tied to an HTTP answer: logins, scheduled purges. */
  public AuditEntry record(
      String user,
      List<String> roles,
      AuditAction action,
      String what,
      List<String> subjects,
      String outcome) {
    return log.append(
        new AuditEvent(user, roles, action, what, "", subjects, "", outcome, subjects.size()));
  }
}
