package org.riskgraph.analysis.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.riskgraph.analysis.products.ChainSection;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.analysis.reports.RateRatio;

/**
 * The report charts as {@link Svg} models, from plain numbers: grouped bars, a line, a forest plot
 * of rate ratios, stacked bars, the county map and a link chain. Every axis is drawn by {@link
 * #axis}; a chart only says where its ticks lie.
 */
final class Charts {

  static final Map<String, String> LEVEL_COLOURS =
      Map.of("BLUE", "#3b78c3", "YELLOW", "#e6b800", "ORANGE", "#ec7a1c", "RED", "#c8102e");
  static final String HOT = "#5b2a86";

  private static final double WIDTH = 680;
  private static final String LAND = "#f4f6f9";
  private static final double KM_PER_DEGREE = 111.32;

  private Charts() {}

  /** One series of a chart: its name, colour and a value per label. */
  record Series(String name, String colour, List<? extends Number> values) {}

  /** One row of a forest plot: a label and one or two ratios with their intervals. */
  record RatioRow(String label, RateRatio first, RateRatio second) {}

  /** One bar of a stacked bar chart: its label, segment values and a note at its end. */
  record Stack(String label, List<Double> parts, String note, String noteColour) {}

  /** One tick of an axis: its value, its label, and its grid line (no line when stroke is null). */
  private record Tick(double value, String label, String stroke, double width) {}

  /** Vertical bars, grouped per label, with a legend above and the first series' values. */
  static Svg bars(String title, List<String> labels, List<Series> series, Texts t) {
    double height = 230;
    double left = 34;
    double top = 30;
    double plotH = height - top - 34;
    double max = 0;
    for (Series s : series) {
      for (Number v : s.values()) {
        max = Math.max(max, v.doubleValue());
      }
    }
    double yMax = niceMax(max);
    Svg.Builder svg = new Svg.Builder(WIDTH, height, title);
    axis(
        svg, linear(yMax, t), v -> top + plotH - v / yMax * plotH, true, left, WIDTH - 8, left - 5);
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
          svg.text(x0 + bar / 2, top + plotH - h - 3, t.f0(v), 10, Svg.INK, "middle", true);
        }
      }
      svg.text(left + (i + 0.5) * group, height - 19, labels.get(i), 11, Svg.INK, "middle", false);
    }
    return svg.build();
  }

  /** A line with dots per month and the values over every other dot; {@code width} of the chart. */
  static Svg line(
      String title,
      List<String> labels,
      List<? extends Number> values,
      String colour,
      double width,
      Texts t) {
    double height = 190;
    double left = 34;
    double right = 12;
    double top = 26;
    double plotH = height - top - 26;
    double max = values.stream().mapToDouble(Number::doubleValue).max().orElse(0);
    double yMax = niceMax(max * 1.1);
    Svg.Builder svg = new Svg.Builder(width, height, title);
    svg.text(left, 14, title, 12, Svg.INK, "start", true);
    axis(
        svg,
        linear(yMax, t),
        v -> top + plotH - v / yMax * plotH,
        true,
        left,
        width - right,
        left - 5);
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
        svg.text(xs[i], ys[i] - 7, t.f0(values.get(i).doubleValue()), 9.5, Svg.INK, "middle", last);
      }
      svg.text(xs[i], height - 8, labels.get(i), 9.5, Svg.MUTED, "middle", false);
    }
    return svg.build();
  }

  /**
   * Rate ratios on a log scale from 1/8 to 8, the line of no change at 1: a dot for the first
   * comparison, a diamond for the second; coloured when the interval excludes 1, grey otherwise.
   */
  static Svg forest(String title, String firstName, String secondName, List<RatioRow> rows) {
    double left = 128;
    double top = 34;
    double row = 22;
    double plotW = WIDTH - left - 20;
    double bottomY = top + rows.size() * row;
    Svg.Builder svg = new Svg.Builder(WIDTH, bottomY + 26, title);
    double lx = svg.legend(left, 14, Svg.CURRENT, firstName);
    svg.diamond(lx + 5, 10, 5, Svg.MUTED);
    svg.text(lx + 14, 14, secondName, 11, Svg.INK, "start", false);
    List<Tick> ticks = new ArrayList<>();
    String[] labels = {"1/8", "1/4", "1/2", "1", "2", "4", "8"};
    for (int i = 0; i < labels.length; i++) {
      boolean one = i == 3;
      ticks.add(new Tick(Math.pow(2, i - 3), labels[i], one ? Svg.INK : Svg.GRID, one ? 1.2 : 1));
    }
    axis(svg, ticks, v -> left + logX(v) * plotW, false, top - 6, bottomY, bottomY + 14);
    for (int i = 0; i < rows.size(); i++) {
      RatioRow r = rows.get(i);
      double y = top + i * row + row / 2;
      svg.text(left - 8, y + 4, r.label(), 11, Svg.INK, "end", false);
      interval(svg, left, plotW, y - (r.second() == null ? 0 : 4), r.first(), false);
      if (r.second() != null) {
        interval(svg, left, plotW, y + 4, r.second(), true);
      }
    }
    return svg.build();
  }

  private static void interval(
      Svg.Builder svg, double left, double plotW, double y, RateRatio rr, boolean diamond) {
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

  /**
   * Horizontal stacked bars on 0..100 with dashed lines at the level thresholds 40, 60 and 80: a
   * township's score split into its indicators' contributions.
   */
  static Svg stacked(String title, List<String> partNames, List<String> colours, List<Stack> bars) {
    double left = 92;
    double top = 34;
    double row = 26;
    double plotW = WIDTH - left - 96;
    double bottomY = top + bars.size() * row;
    Svg.Builder svg = new Svg.Builder(WIDTH, bottomY + 24, title);
    double lx = 8;
    for (int k = 0; k < partNames.size(); k++) {
      lx = svg.legend(lx, 14, colours.get(k), partNames.get(k));
    }
    List<Tick> ticks = new ArrayList<>();
    for (int tick = 0; tick <= 100; tick += 20) {
      ticks.add(new Tick(tick, Integer.toString(tick), null, 0));
    }
    axis(svg, ticks, v -> left + v / 100 * plotW, false, top, bottomY, bottomY + 14);
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
    return svg.build();
  }

  /**
   * The county map: every village a circle at its coordinates coloured by its risk level, dispute
   * hotspots ringed, each township the hull of its villages with its name, with a legend, north and
   * a scale bar. An equirectangular projection around the county's mean latitude is true enough for
   * a county of 40 km. Red, orange and hot villages are named where there is room.
   */
  static Svg map(
      List<MonthlyReport.VillagePoint> villages,
      Map<String, String> townshipNames,
      Set<String> hot,
      Texts t) {
    double width = 680;
    double height = 470;
    List<MonthlyReport.VillagePoint> placed =
        villages.stream().filter(v -> v.lat() != null && v.lon() != null).toList();
    Svg.Builder svg = new Svg.Builder(width, height, t.msg("chart.map.title"));
    if (placed.isEmpty()) {
      svg.text(width / 2, height / 2, t.msg("chart.map.none"), 13, Svg.MUTED, "middle", false);
      return svg.build();
    }
    double cos =
        Math.cos(
            Math.toRadians(
                placed.stream().mapToDouble(MonthlyReport.VillagePoint::lat).average().orElse(0)));
    double minX = placed.stream().mapToDouble(v -> v.lon() * cos).min().orElse(0);
    double maxX = placed.stream().mapToDouble(v -> v.lon() * cos).max().orElse(0);
    double minY = placed.stream().mapToDouble(v -> -v.lat()).min().orElse(0);
    double maxY = placed.stream().mapToDouble(v -> -v.lat()).max().orElse(0);
    double pad = 40;
    double legendH = 30;
    double spanX = Math.max(maxX - minX, 1e-6);
    double spanY = Math.max(maxY - minY, 1e-6);
    double scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad - legendH) / spanY);
    double offX = (width - spanX * scale) / 2;
    double offY = legendH + (height - legendH - spanY * scale) / 2;
    Map<String, double[]> xy = new HashMap<>();
    Map<String, List<double[]>> byTownship = new HashMap<>();
    for (MonthlyReport.VillagePoint v : placed) {
      double[] p = {offX + (v.lon() * cos - minX) * scale, offY + (-v.lat() - minY) * scale};
      xy.put(v.code(), p);
      byTownship.computeIfAbsent(v.townshipCode(), k -> new ArrayList<>()).add(p);
    }
    List<String> townships = byTownship.keySet().stream().sorted().toList();
    svg.rect(0, legendH - 4, width, height - legendH + 4, LAND);
    for (String code : townships) {
      List<double[]> hull = Placement.hull(byTownship.get(code), 14);
      svg.polygon(
          hull.stream().mapToDouble(p -> p[0]).toArray(),
          hull.stream().mapToDouble(p -> p[1]).toArray(),
          "#e6eaf0",
          "#ffffff");
    }
    Placement labels = new Placement(width, height, legendH);
    List<MonthlyReport.VillagePoint> ordered = new ArrayList<>(placed);
    ordered.sort(Comparator.comparingDouble(MonthlyReport.VillagePoint::score));
    ordered.forEach(v -> labels.occupy(xy.get(v.code())[0] - 5, xy.get(v.code())[1] - 5, 10, 10));
    for (MonthlyReport.VillagePoint v : ordered) {
      double[] p = xy.get(v.code());
      if (hot.contains(v.code())) {
        svg.ring(p[0], p[1], 10.5, HOT, 2);
      }
      svg.circle(
          p[0], p[1], high(v) ? 6.5 : 5, LEVEL_COLOURS.getOrDefault(v.level(), "#999"), "#ffffff");
    }
    ordered.stream()
        .filter(v -> high(v) || hot.contains(v.code()))
        .sorted(Comparator.comparingDouble(MonthlyReport.VillagePoint::score).reversed())
        .forEach(
            v -> {
              double[] p = xy.get(v.code());
              double[] at = labels.beside(p[0], p[1], v.name().length() * 11.0, 12, 12);
              if (at != null) {
                svg.haloText(
                    at[0], at[1], v.name(), 11, Svg.INK, LAND, "start", v.level().equals("RED"));
              }
            });
    for (String code : townships) {
      townshipName(svg, labels, byTownship.get(code), townshipNames.getOrDefault(code, code));
    }
    double lx = 8;
    for (String level : List.of("RED", "ORANGE", "YELLOW", "BLUE")) {
      long n = placed.stream().filter(v -> v.level().equals(level)).count();
      lx = svg.legend(lx, 16, LEVEL_COLOURS.get(level), t.word("level", level) + " " + n);
    }
    svg.ring(lx + 6, 12, 6, HOT, 2);
    svg.text(lx + 16, 16, t.msg("chart.map.hotspot"), 11, Svg.INK, "start", false);
    double bar = 5 / KM_PER_DEGREE * scale;
    double bx = width - 20 - bar;
    double by = height - 14;
    svg.line(bx, by, bx + bar, by, Svg.INK, 2, false);
    svg.line(bx, by - 4, bx, by + 1, Svg.INK, 1.5, false);
    svg.line(bx + bar, by - 4, bx + bar, by + 1, Svg.INK, 1.5, false);
    svg.text(bx + bar / 2, by - 6, "5 km", 10, Svg.INK, "middle", false);
    svg.text(width - 18, legendH + 16, t.msg("chart.map.north"), 12, Svg.INK, "middle", true);
    svg.text(width - 18, legendH + 30, "↑", 14, Svg.INK, "middle", true);
    return svg.build();
  }

  private static boolean high(MonthlyReport.VillagePoint v) {
    return v.level().equals("RED") || v.level().equals("ORANGE");
  }

  /** A township's name above its villages, else below, left or right of them. */
  private static void townshipName(
      Svg.Builder svg, Placement labels, List<double[]> points, String name) {
    double cx = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
    double cy = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
    double top = points.stream().mapToDouble(p -> p[1]).min().orElse(0);
    double bottom = points.stream().mapToDouble(p -> p[1]).max().orElse(0);
    double left = points.stream().mapToDouble(p -> p[0]).min().orElse(0);
    double right = points.stream().mapToDouble(p -> p[0]).max().orElse(0);
    double w = name.length() * 15.0;
    double[] at = labels.centred(cx, top - 12, w, 16);
    if (at == null) {
      at = labels.centred(cx, bottom + 26, w, 16);
    }
    if (at == null) {
      at = labels.centred(left - 14 - w / 2, cy + 6, w, 16);
    }
    if (at == null) {
      at = labels.centred(right + 14 + w / 2, cy + 6, w, 16);
    }
    if (at != null) {
      svg.haloText(at[0], at[1], name, 15, "#7a8696", LAND, "middle", true);
    }
  }

  /** A link chain left to right: each node a box with its kind and name, each hop labelled. */
  static Svg chain(ChainSection.LinkChain chain, Texts t) {
    int n = chain.nodes().size();
    double width = 680;
    double box = Math.min(96, (width - 10) / n - 18);
    double gap = n > 1 ? (width - 10 - n * box) / (n - 1) : 0;
    Svg.Builder svg = new Svg.Builder(width, 64, t.msg("chart.chain.title"));
    for (int i = 0; i < n; i++) {
      double x = 5 + i * (box + gap);
      String ref = chain.nodes().get(i);
      String kind = ref.substring(0, ref.indexOf(':'));
      String colour =
          switch (kind) {
            case "person" -> "#1d3557";
            case "vehicle" -> "#7d4fa1";
            case "phone" -> "#4f8a8b";
            default -> "#6b7785";
          };
      svg.rect(x, 14, box, 36, colour);
      svg.text(x + box / 2, 28, t.word("entity", kind), 9.5, "#dfe6ee", "middle", false);
      svg.text(
          x + box / 2, 43, shorten(chain.names().get(i), box), 11.5, "#ffffff", "middle", true);
      if (i + 1 < n) {
        double x1 = x + box;
        double x2 = x + box + gap;
        svg.line(x1 + 2, 32, x2 - 4, 32, Svg.INK, 1.4, false);
        svg.text(x2 - 4, 35.5, "›", 12, Svg.INK, "end", true);
        svg.text(
            (x1 + x2) / 2,
            26,
            t.word("link", chain.types().get(i)),
            9.5,
            Svg.MUTED,
            "middle",
            false);
      }
    }
    return svg.build();
  }

  private static String shorten(String name, double width) {
    int max = Math.max(3, (int) (width / 12));
    return name == null ? "" : name.length() <= max ? name : name.substring(0, max - 1) + "…";
  }

  /**
   * The one axis: each tick's grid line across the plot (from {@code gridFrom} to {@code gridTo})
   * and its label at {@code labelAt}; values run along y when {@code valuesOnY}, else along x.
   */
  private static void axis(
      Svg.Builder svg,
      List<Tick> ticks,
      DoubleUnaryOperator position,
      boolean valuesOnY,
      double gridFrom,
      double gridTo,
      double labelAt) {
    for (Tick tick : ticks) {
      double p = position.applyAsDouble(tick.value());
      if (valuesOnY) {
        if (tick.stroke() != null) {
          svg.line(gridFrom, p, gridTo, p, tick.stroke(), tick.width(), false);
        }
        svg.text(labelAt, p + 3.5, tick.label(), 9.5, Svg.MUTED, "end", false);
      } else {
        if (tick.stroke() != null) {
          svg.line(p, gridFrom, p, gridTo, tick.stroke(), tick.width(), false);
        }
        svg.text(p, labelAt, tick.label(), 10, Svg.MUTED, "middle", false);
      }
    }
  }

  /** Five ticks from 0 to {@code max}: the base line, then grid lines. */
  private static List<Tick> linear(double max, Texts t) {
    List<Tick> ticks = new ArrayList<>();
    for (int k = 0; k <= 4; k++) {
      double value = max * k / 4.0;
      String label = value == Math.rint(value) ? t.f0(value) : t.f1(value);
      ticks.add(new Tick(value, label, k == 0 ? Svg.MUTED : Svg.GRID, 1));
    }
    return ticks;
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
}
