package org.riskgraph.analysis.hotspot;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini–Hochberg (1995) adjusted p-values ("q-values" in the sense of R's {@code p.adjust(p,
 * "BH")}): q₍ᵢ₎ = min over j ≥ i of min(1, m p₍ⱼ₎ / j) for the p-values sorted ascending. Rejecting
 * every hypothesis with q ≤ α is exactly the BH step-up procedure at FDR level α.
 */
public final class BenjaminiHochberg {

  private BenjaminiHochberg() {}

  public static double[] adjust(double[] p) {
    int m = p.length;
    for (double v : p) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("p-values must lie in [0, 1]: " + v);
      }
    }
    Integer[] order =
        IntStream.range(0, m)
            .boxed()
            .sorted(Comparator.<Integer>comparingDouble(i -> p[i]).thenComparing(i -> i))
            .toArray(Integer[]::new);
    double[] q = new double[m];
    double running = 1.0;
    for (int rank = m; rank >= 1; rank--) {
      int index = order[rank - 1];
      running = Math.min(running, Math.min(1.0, p[index] * m / rank));
      q[index] = running;
    }
    return q;
  }

  /** How many hypotheses BH rejects at FDR level {@code alpha}. */
  public static int rejections(double[] p, double alpha) {
    return (int) Arrays.stream(adjust(p)).filter(q -> q <= alpha).count();
  }
}
