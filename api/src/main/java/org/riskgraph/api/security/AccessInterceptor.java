package org.riskgraph.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.riskgraph.api.audit.AuditContext;
import org.riskgraph.api.audit.AuditTrail;
import org.riskgraph.api.problem.ForbiddenException;
import org.riskgraph.api.problem.PurposeRequiredException;
import org.riskgraph.graph.audit.AuditAction;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces each endpoint's {@link Access} rule: roles, the leader's aggregates-only rule, the
 * stated purpose of person-level reads; and prepares the audit entry. An endpoint without a rule is
 * refused (fail closed).
 */
@Component
class AccessInterceptor implements HandlerInterceptor {

  private final AuditTrail audit;

  AccessInterceptor(AuditTrail audit) {
    this.audit = audit;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    Access access = method.getMethodAnnotation(Access.class);
    if (access == null) {
      throw new ForbiddenException("this endpoint has no access rule");
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String user = auth == null ? "anonymous" : auth.getName();
    Set<Role> roles = roles(auth);
    List<String> roleNames = roles.stream().map(Enum::name).sorted().toList();
    String endpoint = request.getMethod() + " " + pattern(request);
    String parameters =
        request.getRequestURI()
            + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    Optional<AuditAction> action = Arrays.stream(access.audit()).findFirst();
    String purpose = Purpose.parse(request.getHeader(Purpose.HEADER)).orElse("");

    boolean allowed = Arrays.stream(access.value()).anyMatch(roles::contains);
    if (access.personLevel() && roles.equals(Set.of(Role.LEADER))) {
      allowed = false;
    }
    if (!allowed) {
      audit.record(
          user,
          roleNames,
          AuditAction.ACCESS_DENIED,
          endpoint + " " + parameters,
          List.of(),
          "403");
      throw new ForbiddenException(
          access.personLevel() && roles.contains(Role.LEADER)
              ? "leaders see aggregates only; this endpoint returns person-level records"
              : "your role may not use this endpoint");
    }
    if (access.personLevel() && purpose.isEmpty()) {
      action.ifPresent(
          a -> new AuditContext(a, endpoint, parameters, user, roleNames, "").attach(request));
      throw new PurposeRequiredException(Purpose.HEADER);
    }
    action.ifPresent(
        a -> new AuditContext(a, endpoint, parameters, user, roleNames, purpose).attach(request));
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    // Refused or failed requests have no body to audit: record their outcome afterwards.
    AuditContext.of(request)
        .filter(context -> !context.written())
        .ifPresent(
            context ->
                audit.requestAnswered(
                    context, Integer.toString(response.getStatus()), List.of(), 0));
  }

  static Set<Role> roles(Authentication auth) {
    if (auth == null) {
      return Set.of();
    }
    return auth.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_"))
        .map(a -> a.substring(5))
        .filter(a -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(a)))
        .map(Role::valueOf)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String pattern(HttpServletRequest request) {
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    return pattern == null ? request.getRequestURI() : pattern.toString();
  }
}
