package org.riskgraph.api.security;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.riskgraph.api.audit.AuditTrail;
import org.riskgraph.graph.audit.AuditAction;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Audits logins and feeds the login throttle. Every failure is written; with HTTP Basic every
 * request logs in, so a success is written once per user per half hour, not per request.
 */
@Component
class LoginAudit {

  private static final Duration SUCCESS_EVERY = Duration.ofMinutes(30);

  private final AuditTrail audit;
  private final LoginThrottle throttle;
  private final ConcurrentHashMap<String, Long> lastSuccess = new ConcurrentHashMap<>();

  LoginAudit(AuditTrail audit, LoginThrottle throttle) {
    this.audit = audit;
    this.throttle = throttle;
  }

  @EventListener
  void succeeded(AuthenticationSuccessEvent event) {
    Authentication auth = event.getAuthentication();
    String address = address(auth);
    throttle.succeeded("user:" + auth.getName());
    long now = System.nanoTime();
    Long last = lastSuccess.get(auth.getName());
    if (last == null || now - last > SUCCESS_EVERY.toNanos()) {
      lastSuccess.put(auth.getName(), now);
      List<String> roles = AccessInterceptor.roles(auth).stream().map(Enum::name).sorted().toList();
      audit.record(
          auth.getName(),
          roles,
          AuditAction.LOGIN_SUCCESS,
          "login from " + address,
          List.of(),
          "ok");
    }
  }

  @EventListener
  void failed(AbstractAuthenticationFailureEvent event) {
    Authentication auth = event.getAuthentication();
    String name = auth.getName() == null ? "" : auth.getName();
    String address = address(auth);
    long now = System.nanoTime();
    throttle.failed("user:" + name, now);
    throttle.failed("addr:" + address, now);
    audit.record(
        name.length() > 100 ? name.substring(0, 100) : name,
        List.of(),
        AuditAction.LOGIN_FAILURE,
        "login from " + address,
        List.of(),
        event.getException().getClass().getSimpleName());
  }

  private static String address(Authentication auth) {
    return auth.getDetails() instanceof WebAuthenticationDetails d
        ? d.getRemoteAddress()
        : "unknown";
  }
}
