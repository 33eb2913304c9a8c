package org.riskgraph.analysis.reports.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The convex hull of points (Andrew's monotone chain), pushed outwards by a margin. */
final class Hull {

  private Hull() {}

  static List<double[]> of(List<double[]> points, double margin) {
    List<double[]> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
    if (sorted.size() < 3) {
      return square(sorted, margin);
    }
    List<double[]> hull = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      int start = hull.size();
      for (double[] p : sorted) {
        while (hull.size() >= start + 2
            && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), p) <= 0) {
          hull.removeLast();
        }
        hull.add(p);
      }
      hull.removeLast();
      java.util.Collections.reverse(sorted);
    }
    if (hull.size() < 3) {
      return square(points, margin);
    }
    double cx = hull.stream().mapToDouble(p -> p[0]).average().orElse(0);
    double cy = hull.stream().mapToDouble(p -> p[1]).average().orElse(0);
    List<double[]> out = new ArrayList<>();
    for (double[] p : hull) {
      double dx = p[0] - cx;
      double dy = p[1] - cy;
      double d = Math.max(Math.hypot(dx, dy), 1e-9);
      out.add(new double[] {p[0] + dx / d * margin, p[1] + dy / d * margin});
    }
    return out;
  }

  private static List<double[]> square(List<double[]> points, double margin) {
    double minX = points.stream().mapToDouble(p -> p[0]).min().orElse(0) - margin;
    double maxX = points.stream().mapToDouble(p -> p[0]).max().orElse(0) + margin;
    double minY = points.stream().mapToDouble(p -> p[1]).min().orElse(0) - margin;
    double maxY = points.stream().mapToDouble(p -> p[1]).max().orElse(0) + margin;
    return List.of(
        new double[] {minX, minY},
        new double[] {maxX, minY},
        new double[] {maxX, maxY},
        new double[] {minX, maxY});
  }

  private static double cross(double[] o, double[] a, double[] b) {
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  }
}
