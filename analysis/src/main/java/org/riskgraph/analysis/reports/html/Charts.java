package org.riskgraph.analysis.reports.html;

import java.util.List;
import org.riskgraph.analysis.reports.RateRatio;

/** The report charts, each drawn as inline SVG from plain numbers. */
final class Charts {

  private static final double WIDTH = 680;

  private Charts() {}

  /** One series of a chart: its name, colour and a value per label. */
  record Series(String name, String colour, List<? extends Number> values) {}

  /** Vertical bars, grouped per label, with a legend above and the first series' values. */
  static String groupedBars(String title, List<String> labels, List<Series> series) {
    double height = 230;
    double left = 34;
    double top = 30;
    double bottom = 34;
    double plotH = height - top - bottom;
    double max = 0;
    for (Series s : series) {
      for (Number v : s.values()) {
        max = Math.max(max, v.doubleValue());
      }
    }
    double yMax = Svg.niceMax(max);
    Svg svg = new Svg(WIDTH, height, title);
    axisY(svg, left, top, plotH, yMax);
    double legendX = left;
    for (Series s : series) {
      legendX = svg.legend(legendX, 14, s.colour(), s.name());
    }
    double group = (WIDTH - left - 8) / labels.size();
    double bar = Math.min(16, (group - 8) / series.size());
    for (int i = 0; i < labels.size(); i++) {
      double x0 = left + i * group + (group - bar * series.size()) / 2;
      for (int k = 0; k < series.size(); k++) {
        double v = series.get(k).values().get(i).doubleValue();
        double h = v / yMax * plotH;
        svg.rect(x0 + k * bar, top + plotH - h, bar - 1.5, h, series.get(k).colour());
        if (k == 0 && v > 0) {
          svg.text(x0 + bar / 2, top + plotH - h - 3, Html.f0(v), 10, Svg.INK, "middle", true);
        }
      }
      svg.text(
          left + (i + 0.5) * group,
          height - bottom + 15,
          labels.get(i),
          11,
          Svg.INK,
          "middle",
          false);
    }
    return svg.end();
  }

  /** A line with dots per month and the values over the dots; {@code width} of the chart. */
  static String line(
      String title,
      List<String> labels,
      List<? extends Number> values,
      String colour,
      double width) {
    double height = 190;
    double left = 34;
    double right = 12;
    double top = 26;
    double bottom = 26;
    double plotH = height - top - bottom;
    double max = values.stream().mapToDouble(Number::doubleValue).max().orElse(0);
    double yMax = Svg.niceMax(max * 1.1);
    Svg svg = new Svg(width, height, title);
    svg.text(left, 14, title, 12, Svg.INK, "start", true);
    axisY(svg, left, top, plotH, yMax, width - right);
    int n = values.size();
    double step = n > 1 ? (width - left - right - 16) / (n - 1) : 0;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = left + 8 + i * step;
      ys[i] = top + plotH - values.get(i).doubleValue() / yMax * plotH;
    }
    if (n > 1) {
      svg.polyline(xs, ys, colour, 2);
    }
    for (int i = 0; i < n; i++) {
      boolean last = i == n - 1;
      svg.circle(xs[i], ys[i], last ? 4 : 2.6, last ? colour : "#fff", colour);
      if (last || i % 2 == (n - 1) % 2) {
        svg.text(
            xs[i], ys[i] - 7, Html.f0(values.get(i).doubleValue()), 9.5, Svg.INK, "middle", last);
      }
      svg.text(xs[i], height - 8, labels.get(i), 9.5, Svg.MUTED, "middle", false);
    }
    return svg.end();
  }

  /** One row of a forest plot: a label and one or two ratios with their intervals. */
  record RatioRow(String label, RateRatio first, RateRatio second) {}

  /**
   * Rate ratios on a log scale from 1/8 to 8, the line of no change at 1: a dot for the first
   * comparison, a diamond for the second; coloured when the interval excludes 1, grey otherwise.
   */
  static String forest(String title, String firstName, String secondName, List<RatioRow> rows) {
    double left = 128;
    double right = 20;
    double top = 34;
    double row = 22;
    double height = top + rows.size() * row + 26;
    double plotW = WIDTH - left - right;
    Svg svg = new Svg(WIDTH, height, title);
    double lx = svg.legend(left, 14, Svg.CURRENT, firstName);
    if (secondName != null) {
      svg.diamond(lx + 5, 10, 5, Svg.MUTED);
      svg.text(lx + 14, 14, secondName, 11, Svg.INK, "start", false);
    }
    double[] ticks = {0.125, 0.25, 0.5, 1, 2, 4, 8};
    String[] tickLabels = {"1/8", "1/4", "1/2", "1", "2", "4", "8"};
    double bottomY = top + rows.size() * row;
    for (int i = 0; i < ticks.length; i++) {
      double x = left + logX(ticks[i]) * plotW;
      svg.line(
          x,
          top - 6,
          x,
          bottomY,
          ticks[i] == 1 ? Svg.INK : Svg.GRID,
          ticks[i] == 1 ? 1.2 : 1,
          false);
      svg.text(x, bottomY + 14, tickLabels[i], 10, Svg.MUTED, "middle", false);
    }
    for (int i = 0; i < rows.size(); i++) {
      RatioRow r = rows.get(i);
      double y = top + i * row + row / 2;
      svg.text(left - 8, y + 4, r.label(), 11, Svg.INK, "end", false);
      interval(svg, left, plotW, y - (r.second() == null ? 0 : 4), r.first(), false);
      if (r.second() != null) {
        interval(svg, left, plotW, y + 4, r.second(), true);
      }
    }
    return svg.end();
  }

  private static void interval(
      Svg svg, double left, double plotW, double y, RateRatio rr, boolean diamond) {
    if (rr == null || rr.lower() == null) {
      return;
    }
    String colour = rr.direction() > 0 ? Svg.UP : rr.direction() < 0 ? Svg.DOWN : "#9aa5b1";
    double x1 = left + logX(rr.lower()) * plotW;
    double x2 = left + (rr.upper() == null ? 1 : logX(rr.upper())) * plotW;
    svg.line(x1, y, x2, y, colour, 1.6, false);
    if (rr.upper() == null) {
      svg.text(x2, y + 3.5, "›", 11, colour, "end", true);
    }
    double x = rr.estimate() == null ? x2 : left + logX(rr.estimate()) * plotW;
    if (diamond) {
      svg.diamond(x, y, 4.5, colour);
    } else {
      svg.circle(x, y, 3.6, colour, null);
    }
  }

  /** Position on the log axis from 1/8 (0) to 8 (1), clipped. */
  private static double logX(double ratio) {
    double clipped = Math.max(0.125, Math.min(8, ratio <= 0 ? 0.125 : ratio));
    return (Math.log(clipped) / Math.log(2) + 3) / 6;
  }

  /** One bar of a stacked bar chart: its label, segment values and a note at its end. */
  record Stack(String label, List<Double> parts, String note, String noteColour) {}

  /**
   * Horizontal stacked bars on 0..100 with dashed lines at the level thresholds 40, 60 and 80: a
   * township's score split into its indicators' contributions.
   */
  static String stacked(
      String title, List<String> partNames, List<String> colours, List<Stack> bars) {
    double left = 92;
    double right = 96;
    double top = 34;
    double row = 26;
    double height = top + bars.size() * row + 24;
    double plotW = WIDTH - left - right;
    Svg svg = new Svg(WIDTH, height, title);
    double lx = 8;
    for (int k = 0; k < partNames.size(); k++) {
      lx = svg.legend(lx, 14, colours.get(k), partNames.get(k));
    }
    double bottomY = top + bars.size() * row;
    for (int tick = 0; tick <= 100; tick += 20) {
      double x = left + tick / 100.0 * plotW;
      svg.text(x, bottomY + 14, Integer.toString(tick), 10, Svg.MUTED, "middle", false);
    }
    for (int i = 0; i < bars.size(); i++) {
      Stack bar = bars.get(i);
      double y = top + i * row + 4;
      svg.text(left - 8, y + 13, bar.label(), 12, Svg.INK, "end", false);
      double x = left;
      for (int k = 0; k < bar.parts().size(); k++) {
        double w = bar.parts().get(k) / 100 * plotW;
        svg.rect(x, y, w, row - 8, colours.get(k));
        x += w;
      }
      svg.text(x + 6, y + 13, bar.note(), 11.5, bar.noteColour(), "start", true);
    }
    for (int threshold : new int[] {40, 60, 80}) {
      double x = left + threshold / 100.0 * plotW;
      svg.line(x, top - 4, x, bottomY, Svg.MUTED, 0.8, true);
    }
    return svg.end();
  }

  private static void axisY(Svg svg, double left, double top, double plotH, double yMax) {
    axisY(svg, left, top, plotH, yMax, WIDTH - 8);
  }

  private static void axisY(
      Svg svg, double left, double top, double plotH, double yMax, double rightX) {
    for (int k = 0; k <= 4; k++) {
      double y = top + plotH - k / 4.0 * plotH;
      svg.line(left, y, rightX, y, k == 0 ? Svg.MUTED : Svg.GRID, 1, false);
      double value = yMax * k / 4.0;
      svg.text(
          left - 5,
          y + 3.5,
          value == Math.rint(value) ? Html.f0(value) : Html.f1(value),
          9.5,
          Svg.MUTED,
          "end",
          false);
    }
  }
}
