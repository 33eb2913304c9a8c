package org.riskgraph.analysis.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart as {@code templates/chart.html} draws it: the view box, a title, and the shapes in
 * drawing order, their coordinates already written as SVG numbers. {@link Charts} fills it through
 * a {@link Builder}; no Java code writes the markup.
 */
public record Svg(String width, String height, String title, List<Shape> shapes) {

  static final String INK = "#1d2733";
  static final String MUTED = "#6b7785";
  static final String GRID = "#e3e7ec";
  static final String CURRENT = "#1d3557";
  static final String PREVIOUS = "#7d9cc4";
  static final String SEASONAL = "#c9d3df";
  static final String UP = "#c8102e";
  static final String DOWN = "#2a7d4f";

  public Svg {
    shapes = List.copyOf(shapes);
  }

  /** One element of a chart; {@code kind} is its SVG element, the template's switch. */
  public sealed interface Shape permits Rect, Line, Circle, Polygon, Polyline, Path, Label {
    String kind();
  }

  public record Rect(String x, String y, String width, String height, String fill)
      implements Shape {
    public String kind() {
      return "rect";
    }
  }

  /** A line; {@code dash} is null for a solid one. */
  public record Line(
      String x1, String y1, String x2, String y2, String stroke, String width, String dash)
      implements Shape {
    public String kind() {
      return "line";
    }
  }

  /** A dot, or a ring when {@code fill} is {@code none}; {@code stroke} null for none. */
  public record Circle(
      String cx, String cy, String r, String fill, String stroke, String strokeWidth)
      implements Shape {
    public String kind() {
      return "circle";
    }
  }

  public record Polygon(String points, String fill, String stroke) implements Shape {
    public String kind() {
      return "polygon";
    }
  }

  public record Polyline(String points, String stroke, String width) implements Shape {
    public String kind() {
      return "polyline";
    }
  }

  /** A filled path: the diamond marker of a forest plot. */
  public record Path(String d, String fill) implements Shape {
    public String kind() {
      return "path";
    }
  }

  /**
   * Text at a point; {@code anchor} start, middle or end; {@code halo} the colour of a stroke
   * behind the glyphs that keeps it readable over dots and lines, or null.
   */
  public record Label(
      String x,
      String y,
      String text,
      String size,
      String fill,
      String anchor,
      boolean bold,
      String halo)
      implements Shape {
    public String kind() {
      return "text";
    }
  }

  /** Collects shapes from plain numbers. */
  static final class Builder {

    private final double width;
    private final double height;
    private final String title;
    private final List<Shape> shapes = new ArrayList<>();

    Builder(double width, double height, String title) {
      this.width = width;
      this.height = height;
      this.title = title;
    }

    Builder rect(double x, double y, double w, double h, String fill) {
      shapes.add(new Rect(n(x), n(y), n(Math.max(0, w)), n(Math.max(0, h)), fill));
      return this;
    }

    Builder line(
        double x1, double y1, double x2, double y2, String stroke, double w, boolean dashed) {
      shapes.add(new Line(n(x1), n(y1), n(x2), n(y2), stroke, n(w), dashed ? "4 3" : null));
      return this;
    }

    Builder circle(double cx, double cy, double r, String fill, String stroke) {
      shapes.add(new Circle(n(cx), n(cy), n(r), fill, stroke, stroke == null ? null : "1"));
      return this;
    }

    Builder ring(double cx, double cy, double r, String stroke, double w) {
      shapes.add(new Circle(n(cx), n(cy), n(r), "none", stroke, n(w)));
      return this;
    }

    Builder polygon(double[] xs, double[] ys, String fill, String stroke) {
      shapes.add(new Polygon(points(xs, ys), fill, stroke));
      return this;
    }

    Builder polyline(double[] xs, double[] ys, String stroke, double w) {
      shapes.add(new Polyline(points(xs, ys), stroke, n(w)));
      return this;
    }

    /** A small diamond, the marker of the second comparison in a forest plot. */
    Builder diamond(double cx, double cy, double r, String fill) {
      String d =
          "M%s %sL%s %sL%s %sL%s %sZ"
              .formatted(n(cx), n(cy - r), n(cx + r), n(cy), n(cx), n(cy + r), n(cx - r), n(cy));
      shapes.add(new Path(d, fill));
      return this;
    }

    Builder text(
        double x, double y, String text, double size, String fill, String anchor, boolean bold) {
      shapes.add(new Label(n(x), n(y), text, n(size), fill, anchor, bold, null));
      return this;
    }

    Builder haloText(
        double x,
        double y,
        String text,
        double size,
        String fill,
        String halo,
        String anchor,
        boolean bold) {
      shapes.add(new Label(n(x), n(y), text, n(size), fill, anchor, bold, halo));
      return this;
    }

    /** A legend entry: a swatch and its label; returns the x after it. */
    double legend(double x, double y, String colour, String label) {
      rect(x, y - 9, 12, 10, colour);
      text(x + 16, y, label, 11, INK, "start", false);
      return x + 24 + label.length() * (isWide(label) ? 11.5 : 6.5);
    }

    Svg build() {
      return new Svg(n(width), n(height), title, shapes);
    }

    private static String points(double[] xs, double[] ys) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < xs.length; i++) {
        out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
      }
      return out.toString();
    }

    private static boolean isWide(String text) {
      return text.codePoints().anyMatch(c -> c > 0x2E80);
    }
  }

  /** A number as SVG wants it: whole numbers bare, others to one decimal. */
  static String n(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e9) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
