package org.riskgraph.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.riskgraph.graph.audit.AuditAction;

/**
 * What the access check learned about a request that must be audited; kept as a request attribute
 * until the answer is written.
 */
public final class AuditContext {

  private static final String ATTRIBUTE = AuditContext.class.getName();

  private final AuditAction action;
  private final String endpoint;
  private final String parameters;
  private final String user;
  private final List<String> roles;
  private final String purpose;
  private boolean written;
  private List<String> extraSubjects = List.of();

  public AuditContext(
      AuditAction action,
      String endpoint,
      String parameters,
      String user,
      List<String> roles,
      String purpose) {
    this.action = action;
    this.endpoint = endpoint;
    this.parameters = parameters;
    this.user = user;
    this.roles = List.copyOf(roles);
    this.purpose = purpose;
  }

  public static Optional<AuditContext> of(HttpServletRequest request) {
    return Optional.ofNullable((AuditContext) request.getAttribute(ATTRIBUTE));
  }

  public void attach(HttpServletRequest request) {
    request.setAttribute(ATTRIBUTE, this);
  }

  public AuditAction action() {
    return action;
  }

  public String endpoint() {
    return endpoint;
  }

  public String parameters() {
    return parameters;
  }

  public String user() {
    return user;
  }

  public List<String> roles() {
    return roles;
  }

  public String purpose() {
    return purpose;
  }

  public boolean written() {
    return written;
  }

  void markWritten() {
    written = true;
  }

  /** Subjects a controller knows about that its body does not carry (e.g. what was changed). */
  public void addSubjects(List<String> subjects) {
    this.extraSubjects = List.copyOf(subjects);
  }

  List<String> extraSubjects() {
    return extraSubjects;
  }
}
