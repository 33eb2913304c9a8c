package org.riskgraph.analysis.reports.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.analysis.reports.Words;

/**
 * The county map: every village a circle at its coordinates coloured by its risk level, dispute
 * hotspots ringed, each township the hull of its villages with its name above, with a legend, north
 * and a scale bar. An equirectangular projection around the county's mean latitude is true enough
 * for a county of 40 km. Village names are printed for red, orange and hot villages where they do
 * not collide with a name already placed.
 */
final class CountyMap {

  static final Map<String, String> LEVEL_COLOURS =
      Map.of("BLUE", "#3b78c3", "YELLOW", "#e6b800", "ORANGE", "#ec7a1c", "RED", "#c8102e");

  static final String HOT = "#5b2a86";
  private static final String LAND = "#f4f6f9";
  private static final double KM_PER_DEGREE = 111.32;

  private CountyMap() {}

  static String draw(
      Lang lang,
      List<MonthlyReport.VillagePoint> villages,
      Map<String, String> townshipNames,
      Set<String> hot) {
    return draw(lang, villages, townshipNames, hot, 680, 470);
  }

  static String draw(
      Lang lang,
      List<MonthlyReport.VillagePoint> villages,
      Map<String, String> townshipNames,
      Set<String> hot,
      double width,
      double height) {
    List<MonthlyReport.VillagePoint> placed =
        villages.stream().filter(v -> v.lat() != null && v.lon() != null).toList();
    String title = Html.t(lang, "全县风险等级分布图", "County map of risk levels");
    Svg svg = new Svg(width, height, title);
    if (placed.isEmpty()) {
      svg.text(
          width / 2,
          height / 2,
          Html.t(lang, "无村庄坐标", "no village coordinates"),
          13,
          Svg.MUTED,
          "middle",
          false);
      return svg.end();
    }
    double lat0 = placed.stream().mapToDouble(MonthlyReport.VillagePoint::lat).average().orElse(0);
    double cos = Math.cos(Math.toRadians(lat0));
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (MonthlyReport.VillagePoint v : placed) {
      minX = Math.min(minX, v.lon() * cos);
      maxX = Math.max(maxX, v.lon() * cos);
      minY = Math.min(minY, -v.lat());
      maxY = Math.max(maxY, -v.lat());
    }
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
    svg.rect(0, legendH - 4, width, height - legendH + 4, LAND);
    Labels labels = new Labels(width, height, legendH);
    byTownship.keySet().stream()
        .sorted()
        .forEach(
            code -> {
              List<double[]> hull = Hull.of(byTownship.get(code), 14);
              svg.polygon(
                  hull.stream().mapToDouble(p -> p[0]).toArray(),
                  hull.stream().mapToDouble(p -> p[1]).toArray(),
                  "#e6eaf0",
                  "#ffffff");
            });
    List<MonthlyReport.VillagePoint> ordered = new ArrayList<>(placed);
    ordered.sort(Comparator.comparingDouble(MonthlyReport.VillagePoint::score));
    for (MonthlyReport.VillagePoint v : ordered) {
      double[] p = xy.get(v.code());
      labels.occupy(p[0] - 5, p[1] - 5, 10, 10);
    }
    for (MonthlyReport.VillagePoint v : ordered) {
      double[] p = xy.get(v.code());
      boolean high = v.level().equals("RED") || v.level().equals("ORANGE");
      if (hot.contains(v.code())) {
        svg.ring(p[0], p[1], 10.5, HOT, 2);
      }
      svg.circle(
          p[0], p[1], high ? 6.5 : 5, LEVEL_COLOURS.getOrDefault(v.level(), "#999"), "#ffffff");
    }
    List<MonthlyReport.VillagePoint> named =
        ordered.stream()
            .filter(
                v ->
                    v.level().equals("RED") || v.level().equals("ORANGE") || hot.contains(v.code()))
            .sorted(Comparator.comparingDouble(MonthlyReport.VillagePoint::score).reversed())
            .toList();
    for (MonthlyReport.VillagePoint v : named) {
      double[] p = xy.get(v.code());
      double w = v.name().length() * 11.0;
      double[] at = labels.beside(p[0], p[1], w, 12, 12);
      if (at != null) {
        svg.haloText(at[0], at[1], v.name(), 11, Svg.INK, LAND, "start", v.level().equals("RED"));
      }
    }
    byTownship.keySet().stream()
        .sorted()
        .forEach(
            code -> {
              List<double[]> points = byTownship.get(code);
              double cx = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
              double top = points.stream().mapToDouble(p -> p[1]).min().orElse(0);
              double bottom = points.stream().mapToDouble(p -> p[1]).max().orElse(0);
              String name = townshipNames.getOrDefault(code, code);
              double w = name.length() * 15.0;
              double left = points.stream().mapToDouble(p -> p[0]).min().orElse(0);
              double right = points.stream().mapToDouble(p -> p[0]).max().orElse(0);
              double cy = points.stream().mapToDouble(p -> p[1]).average().orElse(0);
              double[] at = labels.place(cx, top - 12, w, 16, true);
              if (at == null) {
                at = labels.place(cx, bottom + 26, w, 16, true);
              }
              if (at == null) {
                at = labels.place(left - 14 - w / 2, cy + 6, w, 16, true);
              }
              if (at == null) {
                at = labels.place(right + 14 + w / 2, cy + 6, w, 16, true);
              }
              if (at != null) {
                svg.haloText(at[0], at[1], name, 15, "#7a8696", LAND, "middle", true);
              }
            });
    double lx = 8;
    for (String level : List.of("RED", "ORANGE", "YELLOW", "BLUE")) {
      long n = placed.stream().filter(v -> v.level().equals(level)).count();
      lx = svg.legend(lx, 16, LEVEL_COLOURS.get(level), Words.level(level).in(lang) + " " + n);
    }
    svg.ring(lx + 6, 12, 6, HOT, 2);
    svg.text(lx + 16, 16, Html.t(lang, "矛盾纠纷热点", "dispute hotspot"), 11, Svg.INK, "start", false);
    double bar = 5 / KM_PER_DEGREE * scale;
    double bx = width - 20 - bar;
    double by = height - 14;
    svg.line(bx, by, bx + bar, by, Svg.INK, 2, false);
    svg.line(bx, by - 4, bx, by + 1, Svg.INK, 1.5, false);
    svg.line(bx + bar, by - 4, bx + bar, by + 1, Svg.INK, 1.5, false);
    svg.text(bx + bar / 2, by - 6, "5 km", 10, Svg.INK, "middle", false);
    svg.text(width - 18, legendH + 16, Html.t(lang, "北", "N"), 12, Svg.INK, "middle", true);
    svg.text(width - 18, legendH + 30, "↑", 14, Svg.INK, "middle", true);
    return svg.end();
  }

  /** Greedy label placement: a label goes where no placed label or dot is. */
  private static final class Labels {
    private final List<double[]> boxes = new ArrayList<>();
    private final double width;
    private final double height;
    private final double top;

    Labels(double width, double height, double top) {
      this.width = width;
      this.height = height;
      this.top = top;
    }

    void occupy(double x, double y, double w, double h) {
      boxes.add(new double[] {x, y, w, h});
    }

    /** A centred label at (x, baseline y), moved up a little if it collides; null if no room. */
    double[] place(double x, double y, double w, double h, boolean centred) {
      for (double dy : new double[] {0, -8, 8, -16}) {
        double left = centred ? x - w / 2 : x;
        double[] box = {left, y + dy - h + 2, w, h};
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
  }
}
