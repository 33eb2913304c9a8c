package org.riskgraph.graph.audit;

import java.util.List;

/**
 * Something to be written to the audit trail: who did what, to which subjects, why, and how it
 * ended.
 *
 * @param endpoint the route, e.g. {@code GET /api/v1/entities/{kind}/{key}}
 * @param parameters the request as sent (path and query), for a reviewer to repeat it
 * @param subjects the keys of the records returned or touched, e.g. {@code person:P000123}
 * @param purpose the stated purpose, or empty
 * @param outcome e.g. {@code 200}, {@code 403}, {@code rejected}
 */
public record AuditEvent(
    String user,
    List<String> roles,
    AuditAction action,
    String endpoint,
    String parameters,
    List<String> subjects,
    String purpose,
    String outcome,
    long resultSize) {

  public AuditEvent {
    user = user == null ? "anonymous" : user;
    roles = roles == null ? List.of() : List.copyOf(roles);
    if (action == null) {
      throw new IllegalArgumentException("action is required");
    }
    endpoint = endpoint == null ? "" : endpoint;
    parameters = parameters == null ? "" : truncate(parameters, 2000);
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
    purpose = purpose == null ? "" : truncate(purpose, 500);
    outcome = outcome == null ? "" : outcome;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
