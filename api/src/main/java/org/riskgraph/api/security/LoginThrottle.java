package org.riskgraph.api.security;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.riskgraph.api.guard.GuardProperties;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and per address. After {@code loginFailures} failures in a row
 * the key must wait, 30 s at first and doubling with each further failure up to 15 minutes; a
 * success clears the count.
 */
@Component
public class LoginThrottle {

  private static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(15);

  private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

  private final int allowedFailures;
  private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

  LoginThrottle(GuardProperties limits) {
    this.allowedFailures = limits.loginFailures();
  }

  /** How long the key must still wait, or zero. */
  public Duration waitFor(String key, long nowNanos) {
    Failures f = failures.get(key);
    if (f == null || f.count < allowed(key)) {
      return Duration.ZERO;
    }
    long waitNanos = Math.max(0, f.blockedUntil - nowNanos);
    return Duration.ofNanos(waitNanos);
  }

  public void failed(String key, long nowNanos) {
    if (failures.size() > 100_000) {
      failures.clear();
    }
    failures.compute(
        key,
        (k, f) -> {
          Failures next =
              f == null || nowNanos - f.lastFailure > FORGET_AFTER.toNanos() ? new Failures() : f;
          next.count++;
          next.lastFailure = nowNanos;
          if (next.count >= allowed(key)) {
            long doublings = Math.min(10, next.count - allowed(key));
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            next.blockedUntil = nowNanos + Math.min(wait.toNanos(), LONGEST_WAIT.toNanos());
          }
          return next;
        });
  }

  public void succeeded(String key) {
    failures.remove(key);
  }

  private int allowed(String key) {
    return key.startsWith("addr:") ? allowedFailures * 10 : allowedFailures;
  }

  private static final class Failures {
    int count;
    long lastFailure;
    long blockedUntil;
  }
}
