package org.riskgraph.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.riskgraph.api.guard.BasicCredentials;
import org.riskgraph.api.guard.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns away logins from a user name or address that failed too often, before checking them. */
class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long now = System.nanoTime();
    Optional<String> user = BasicCredentials.user(request);
    if (user.isEmpty()
        && "POST".equals(request.getMethod())
        && "/login".equals(request.getServletPath())) {
      user = Optional.ofNullable(request.getParameter("username")).filter(u -> !u.isBlank());
    }
    Duration wait = throttle.waitFor("addr:" + request.getRemoteAddr(), now);
    if (user.isPresent()) {
      Duration userWait = throttle.waitFor("user:" + user.get(), now);
      wait = userWait.compareTo(wait) > 0 ? userWait : wait;
    }
    if (user.isPresent() && !wait.isZero()) {
      response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
      ProblemWriter.write(
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          "login-throttled",
          "Too many failed logins",
          "Too many failed logins; wait "
              + Math.max(1, wait.toSeconds())
              + " s before trying again.");
      return;
    }
    chain.doFilter(request, response);
  }
}
