package org.riskgraph.api.guard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits each client (429 with Retry-After) and refuses oversized bodies (413) before any work
 * is done. The health check is exempt, so a load balancer can always ask.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestGuardFilter extends OncePerRequestFilter {

  private final GuardProperties limits;
  private final TokenBuckets buckets;
  private final java.util.concurrent.Semaphore inFlight;

  RequestGuardFilter(GuardProperties limits) {
    this.limits = limits;
    this.buckets = new TokenBuckets(limits.requestsPerSecond(), limits.burst());
    this.inFlight = new java.util.concurrent.Semaphore(limits.maxConcurrent(), true);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getRequestURI().startsWith("/actuator/health");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client =
        BasicCredentials.user(request)
            .map(u -> "user:" + u)
            .orElse("addr:" + request.getRemoteAddr());
    if (!buckets.take(client, System.nanoTime())) {
      response.setHeader("Retry-After", "1");
      ProblemWriter.write(
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          "rate-limited",
          "Too many requests",
          "Slow down and retry after a second.");
      return;
    }
    long max =
        request.getRequestURI().equals("/api/v1/import")
            ? limits.maxImportBody().toBytes()
            : limits.maxBody().toBytes();
    long length = request.getContentLengthLong();
    if (length > max) {
      ProblemWriter.write(
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          "body-too-large",
          "Request body too large",
          "The body has " + length + " bytes; the limit is " + max + ".");
      return;
    }
    boolean admitted;
    try {
      admitted = inFlight.tryAcquire(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      response.setHeader("Retry-After", "2");
      ProblemWriter.write(
          response,
          HttpStatus.SERVICE_UNAVAILABLE,
          "busy",
          "Busy",
          "The service is at capacity; retry shortly.");
      return;
    }
    try {
      chain.doFilter(length < 0 ? new LimitedBodyRequest(request, max) : request, response);
    } finally {
      inFlight.release();
    }
  }
}
