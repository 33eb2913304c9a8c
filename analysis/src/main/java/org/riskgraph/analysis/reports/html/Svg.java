package org.riskgraph.analysis.reports.html;

import java.util.Locale;

/** A small builder of inline SVG: every chart is a {@code <svg>} element with a title. */
final class Svg {

  static final String INK = "#1d2733";
  static final String MUTED = "#6b7785";
  static final String GRID = "#e3e7ec";
  static final String CURRENT = "#1d3557";
  static final String PREVIOUS = "#7d9cc4";
  static final String SEASONAL = "#c9d3df";
  static final String UP = "#c8102e";
  static final String DOWN = "#2a7d4f";

  private final StringBuilder out = new StringBuilder();

  Svg(double width, double height, String title) {
    out.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(n(width))
        .append(' ')
        .append(n(height))
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.esc(title))
        .append("\"><title>")
        .append(Html.esc(title))
        .append("</title>");
  }

  Svg rect(double x, double y, double w, double h, String fill) {
    out.append("<rect x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(Math.max(0, w)))
        .append("\" height=\"")
        .append(n(Math.max(0, h)))
        .append("\" fill=\"")
        .append(fill)
        .append("\"/>");
    return this;
  }

  Svg line(
      double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
    out.append("<line x1=\"")
        .append(n(x1))
        .append("\" y1=\"")
        .append(n(y1))
        .append("\" x2=\"")
        .append(n(x2))
        .append("\" y2=\"")
        .append(n(y2))
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(n(width))
        .append('"')
        .append(dashed ? " stroke-dasharray=\"4 3\"" : "")
        .append("/>");
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String stroke) {
    out.append("<circle cx=\"")
        .append(n(cx))
        .append("\" cy=\"")
        .append(n(cy))
        .append("\" r=\"")
        .append(n(r))
        .append("\" fill=\"")
        .append(fill)
        .append('"')
        .append(stroke == null ? "" : " stroke=\"" + stroke + "\" stroke-width=\"1\"")
        .append("/>");
    return this;
  }

  /** A ring: an unfilled circle. */
  Svg ring(double cx, double cy, double r, String stroke, double width) {
    out.append("<circle cx=\"")
        .append(n(cx))
        .append("\" cy=\"")
        .append(n(cy))
        .append("\" r=\"")
        .append(n(r))
        .append("\" fill=\"none\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(n(width))
        .append("\"/>");
    return this;
  }

  /** A closed polygon. */
  Svg polygon(double[] xs, double[] ys, String fill, String stroke) {
    out.append("<polygon fill=\"")
        .append(fill)
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"1.5\" stroke-linejoin=\"round\" points=\"");
    for (int i = 0; i < xs.length; i++) {
      out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
    }
    out.append("\"/>");
    return this;
  }

  /** Text with a halo in the background colour, readable over dots and lines. */
  Svg haloText(
      double x,
      double y,
      String text,
      double size,
      String fill,
      String halo,
      String anchor,
      boolean bold) {
    out.append("<text x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" font-size=\"")
        .append(n(size))
        .append("\" fill=\"")
        .append(fill)
        .append("\" stroke=\"")
        .append(halo)
        .append("\" stroke-width=\"3\" paint-order=\"stroke\" text-anchor=\"")
        .append(anchor)
        .append('"')
        .append(bold ? " font-weight=\"700\"" : "")
        .append('>')
        .append(Html.esc(text))
        .append("</text>");
    return this;
  }

  /** A small diamond, the marker of the second comparison in a forest plot. */
  Svg diamond(double cx, double cy, double r, String fill) {
    out.append("<path d=\"M")
        .append(n(cx))
        .append(' ')
        .append(n(cy - r))
        .append("L")
        .append(n(cx + r))
        .append(' ')
        .append(n(cy))
        .append("L")
        .append(n(cx))
        .append(' ')
        .append(n(cy + r))
        .append("L")
        .append(n(cx - r))
        .append(' ')
        .append(n(cy))
        .append("Z\" fill=\"")
        .append(fill)
        .append("\"/>");
    return this;
  }

  Svg polyline(double[] xs, double[] ys, String stroke, double width) {
    out.append("<polyline fill=\"none\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(n(width))
        .append("\" stroke-linejoin=\"round\" points=\"");
    for (int i = 0; i < xs.length; i++) {
      out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
    }
    out.append("\"/>");
    return this;
  }

  /** Text; anchor is start, middle or end. */
  Svg text(double x, double y, String text, double size, String fill, String anchor, boolean bold) {
    out.append("<text x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" font-size=\"")
        .append(n(size))
        .append("\" fill=\"")
        .append(fill)
        .append("\" text-anchor=\"")
        .append(anchor)
        .append('"')
        .append(bold ? " font-weight=\"700\"" : "")
        .append('>')
        .append(Html.esc(text))
        .append("</text>");
    return this;
  }

  /** A legend entry: a swatch and its label; returns the x after it. */
  double legend(double x, double y, String colour, String label) {
    rect(x, y - 9, 12, 10, colour);
    text(x + 16, y, label, 11, INK, "start", false);
    return x + 24 + label.length() * (isWide(label) ? 11.5 : 6.5);
  }

  String end() {
    return out.append("</svg>").toString();
  }

  /** A round upper end for an axis: 1, 2, 2.5 or 5 times a power of ten, at least 1. */
  static double niceMax(double max) {
    if (max <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * power >= max) {
        return Math.max(1, step * power);
      }
    }
    return 10 * power;
  }

  private static boolean isWide(String text) {
    return text.codePoints().anyMatch(c -> c > 0x2E80);
  }

  static String n(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e9) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
