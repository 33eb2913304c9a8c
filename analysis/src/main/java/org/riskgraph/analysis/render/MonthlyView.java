package org.riskgraph.analysis.render;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.riskgraph.analysis.reports.Finding;
import org.riskgraph.analysis.reports.MonthlyReport;

/**
 * What {@code templates/monthly.html} and {@code templates/dashboard.html} print: the report, its
 * month, its charts, and the lines that join several numbers.
 */
public record MonthlyView(
    MonthlyReport report,
    YearMonth month,
    long redOrange,
    Svg map,
    Svg townships,
    Svg incidents,
    Svg disputes,
    Texts fmt) {

  static final List<String> INDICATORS =
      List.of("incidentRate", "disputePressure", "supervisionLapses", "surprise", "disputeHotspot");
  static final List<String> INDICATOR_COLOURS =
      List.of("#1d3557", "#7d4fa1", "#d08a1e", "#c8102e", "#4f8a8b");

  static MonthlyView of(MonthlyReport r, Texts t) {
    Map<String, String> townshipNames = new HashMap<>();
    r.townships().forEach(township -> townshipNames.put(township.code(), township.name()));
    Set<String> hot =
        r.hotspots().hot().stream().map(MonthlyReport.HotVillage::code).collect(Collectors.toSet());
    List<String> months = r.trends().months().stream().map(t::shortMonth).toList();
    return new MonthlyView(
        r,
        YearMonth.parse(r.header().period()),
        r.villageLevels().stream()
            .filter(l -> l.key().equals("RED") || l.key().equals("ORANGE"))
            .mapToLong(l -> l.count())
            .sum(),
        Charts.map(r.map(), townshipNames, hot, t),
        townshipBars(r.townships(), t),
        Charts.line(
            t.msg("chart.incidentsPerMonth"), months, r.trends().incidents(), Svg.CURRENT, 335, t),
        Charts.line(
            t.msg("chart.disputesPerMonth"), months, r.trends().disputes(), "#7d4fa1", 335, t),
        t);
  }

  private static Svg townshipBars(List<MonthlyReport.AreaRisk> townships, Texts t) {
    List<Charts.Stack> bars =
        townships.stream()
            .map(
                township -> {
                  Map<String, Double> parts = new HashMap<>();
                  township.components().forEach(c -> parts.put(c.indicator(), c.contribution()));
                  return new Charts.Stack(
                      township.name(),
                      INDICATORS.stream().map(i -> parts.getOrDefault(i, 0.0)).toList(),
                      t.f1(township.score()) + " " + t.word("level", township.level()),
                      Charts.LEVEL_COLOURS.getOrDefault(township.level(), Svg.INK));
                })
            .toList();
    return Charts.stacked(
        t.msg("monthly.chart.townships"),
        INDICATORS.stream().map(i -> t.word("indicator", i)).toList(),
        INDICATOR_COLOURS,
        bars);
  }

  /** What drove an area's score: "警情发生率 14.1、警情异常上升 6.4". */
  public String drivers(MonthlyReport.AreaRisk area) {
    return fmt.join(
        area.drivers().stream()
            .map(d -> fmt.word("indicator", d.indicator()) + " " + fmt.f1(d.contribution()))
            .toList());
  }

  /** The rule that made a finding and the numbers that triggered it. */
  public String trigger(Finding finding) {
    return finding.rule()
        + " · "
        + finding.numbers().stream()
            .filter(n -> n.value() != null)
            .map(n -> n.name() + "=" + n.value())
            .collect(Collectors.joining(", "));
  }

  /** Whether a level calls for attention: red or orange. */
  public boolean alarming(String level) {
    return level.equals("RED") || level.equals("ORANGE");
  }
}
