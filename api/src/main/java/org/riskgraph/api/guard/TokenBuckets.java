package org.riskgraph.api.guard;

import java.util.concurrent.ConcurrentHashMap;

/** One token bucket per client: {@code burst} tokens, refilled at {@code rate} per second. */
final class TokenBuckets {

  private final double rate;
  private final double burst;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  TokenBuckets(double rate, double burst) {
    this.rate = rate;
    this.burst = burst;
  }

  /** Takes a token for the client; false when it has none left. */
  boolean take(String client, long nowNanos) {
    if (buckets.size() > 100_000) {
      buckets.clear();
    }
    return buckets
        .computeIfAbsent(client, c -> new Bucket(burst, nowNanos))
        .take(rate, burst, nowNanos);
  }

  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens, long last) {
      this.tokens = tokens;
      this.last = last;
    }

    synchronized boolean take(double rate, double burst, long now) {
      tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
      last = now;
      if (tokens < 1) {
        return false;
      }
      tokens -= 1;
      return true;
    }
  }
}
