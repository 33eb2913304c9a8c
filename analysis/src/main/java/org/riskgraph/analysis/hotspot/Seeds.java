package org.riskgraph.analysis.hotspot;

/**
 * Independent-looking seeds for separate random streams (Gi*, local Moran, month t) derived from
 * the one seed a user gives, so that one seed reproduces every number of an analysis.
 */
final class Seeds {

  static final long GI_STAR = 1;
  static final long LOCAL_MORAN = 2;

  private Seeds() {}

  /** SplitMix64 finaliser of seed + stream · golden gamma. */
  static long derive(long seed, long stream) {
    long z = seed + stream * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
