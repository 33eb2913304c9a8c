package org.riskgraph.analysis.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The geometry of the county map: the hull around a township's villages, and greedy label placement
 * (a label goes where no placed label or dot is).
 */
final class Placement {

  private final List<double[]> boxes = new ArrayList<>();
  private final double width;
  private final double height;
  private final double top;

  Placement(double width, double height, double top) {
    this.width = width;
    this.height = height;
    this.top = top;
  }

  void occupy(double x, double y, double w, double h) {
    boxes.add(new double[] {x, y, w, h});
  }

  /** A centred label at (x, baseline y), moved up a little if it collides; null if no room. */
  double[] centred(double x, double y, double w, double h) {
    for (double dy : new double[] {0, -8, 8, -16}) {
      double[] box = {x - w / 2, y + dy - h + 2, w, h};
      if (free(box)) {
        boxes.add(box);
        return new double[] {x, y + dy};
      }
    }
    return null;
  }

  /** A label beside a dot: right, left, above or below it; null if all collide. */
  double[] beside(double x, double y, double w, double h, double gap) {
    double[][] tries = {
      {x + gap, y + 4},
      {x - gap - w, y + 4},
      {x - w / 2, y - gap},
      {x - w / 2, y + gap + h - 2},
      {x + gap, y - gap},
      {x + gap, y + gap + h - 4},
      {x - gap - w, y - gap},
      {x - gap - w, y + gap + h - 4},
      {x + 2 * gap, y + 4},
      {x - 2 * gap - w, y + 4}
    };
    for (double[] t : tries) {
      double[] box = {t[0], t[1] - h + 2, w, h};
      if (free(box)) {
        boxes.add(box);
        return t;
      }
    }
    return null;
  }

  private boolean free(double[] b) {
    if (b[0] < 2 || b[1] < top || b[0] + b[2] > width - 2 || b[1] + b[3] > height - 2) {
      return false;
    }
    for (double[] o : boxes) {
      if (b[0] < o[0] + o[2] && o[0] < b[0] + b[2] && b[1] < o[1] + o[3] && o[1] < b[1] + b[3]) {
        return false;
      }
    }
    return true;
  }

  /** The convex hull of points (Andrew's monotone chain), pushed outwards by a margin. */
  static List<double[]> hull(List<double[]> points, double margin) {
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
      Collections.reverse(sorted);
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
