package org.riskgraph.analysis.reports.html;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.riskgraph.analysis.reports.Finding;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.analysis.reports.Words;

/** 社会治安稳定形势分析报告 as a printable page. */
final class MonthlyHtml {

  static final List<String> INDICATORS =
      List.of("incidentRate", "disputePressure", "supervisionLapses", "surprise", "disputeHotspot");
  static final List<String> INDICATOR_COLOURS =
      List.of("#1d3557", "#7d4fa1", "#d08a1e", "#c8102e", "#4f8a8b");

  private MonthlyHtml() {}

  static String title(Lang lang) {
    return Html.t(lang, "社会治安稳定形势分析报告", "Social stability situation report");
  }

  static String body(MonthlyReport r, Lang lang) {
    YearMonth month = YearMonth.parse(r.header().period());
    StringBuilder out = new StringBuilder("<article class=\"report monthly\">");
    out.append(ReportDocument.masthead(lang, r.header(), title(lang), Html.month(lang, month)));
    MonthlyReport.AreaRisk county = r.county();
    long redOrange =
        r.villageLevels().stream()
            .filter(l -> l.key().equals("RED") || l.key().equals("ORANGE"))
            .mapToLong(l -> l.count())
            .sum();
    out.append("<div class=\"cards\">")
        .append(
            ReportDocument.card(
                Html.t(lang, "全县风险指数", "County risk score"),
                Html.f1(county.score()),
                "<span class=\"chip "
                    + county.level()
                    + "\">"
                    + Html.esc(Words.level(county.level()).in(lang))
                    + "</span> "
                    + Html.esc(Html.t(lang, "较上月 ", "change ") + Html.signed1(county.change())),
                county.level().equals("RED") || county.level().equals("ORANGE")))
        .append(
            ReportDocument.card(
                Html.t(lang, "红色、橙色村（社区）", "Red and orange villages"),
                Long.toString(redOrange),
                Html.esc(
                    Html.t(lang, "共", "of ")
                        + r.map().size()
                        + Html.t(lang, "个村（社区）", " villages")),
                redOrange > 0))
        .append(
            ReportDocument.card(
                Html.t(lang, "矛盾纠纷热点", "Dispute hotspots"),
                Integer.toString(r.hotspots().hot().size()),
                Html.esc(
                    Html.t(lang, "新兴热点等 ", "emerging patterns ") + r.hotspots().emerging().size()),
                !r.hotspots().hot().isEmpty()))
        .append(
            ReportDocument.card(
                Html.t(lang, "指令按期办结率", "Instructions on time"),
                Html.pct(r.instructions().onTimeRate()),
                Html.esc(
                    r.instructions().closedOnTime()
                        + " / "
                        + r.instructions().closed()
                        + Html.t(lang, " 件已办结", " closed")),
                r.instructions().onTimeRate() != null && r.instructions().onTimeRate() < 0.8))
        .append("</div>");
    out.append(
        ReportDocument.section(
            lang,
            1,
            "形势研判与对策建议",
            "Findings and recommended measures",
            findings(r.findings(), lang)));
    out.append(ReportDocument.section(lang, 2, "风险等级", "Risk levels", risk(r, lang)));
    out.append(
        ReportDocument.section(
            lang,
            3,
            "矛盾纠纷热点与新兴热点",
            "Dispute hotspots and emerging hotspots",
            MonthlyParts.hotspots(r.hotspots(), lang)));
    out.append(
        ReportDocument.section(
            lang,
            4,
            "警情与矛盾纠纷趋势",
            "Incident and dispute trends",
            MonthlyParts.trends(r.trends(), lang)));
    out.append(
        ReportDocument.section(
            lang, 5, "重点人员管控", "Supervision", MonthlyParts.supervision(r.supervision(), lang)));
    out.append(
        ReportDocument.section(
            lang,
            6,
            "指令办理",
            "Instructions",
            MonthlyParts.instructions(r.instructions(), r.header().named(), lang)));
    out.append(ReportDocument.footer(lang))
        .append("<p class=\"note\">")
        .append(
            Html.esc(
                Html.t(lang, "风险指数方法 ", "Risk method ")
                    + r.riskMethod()
                    + Html.t(
                        lang,
                        "；研判规则见 docs/reports.md。",
                        "; the finding rules are in docs/reports.md.")))
        .append("</p></article>");
    return out.toString();
  }

  static String findings(List<Finding> findings, Lang lang) {
    if (findings.isEmpty()) {
      return ReportDocument.empty(lang, "本月各项指标均未触发研判规则。", "No rule was triggered this month.");
    }
    StringBuilder out = new StringBuilder("<ol class=\"findings\">");
    for (Finding f : findings) {
      out.append("<li><div class=\"finding\">")
          .append(Html.esc(f.finding().in(lang)))
          .append("</div><div class=\"measure\" data-label=\"")
          .append(Html.esc(Html.t(lang, "建议措施：", "Measure: ")))
          .append("\">")
          .append(Html.esc(f.measure().in(lang)))
          .append("</div><div class=\"trigger\">")
          .append(
              Html.esc(
                  f.rule()
                      + " · "
                      + f.numbers().stream()
                          .filter(n -> n.value() != null)
                          .map(n -> n.name() + "=" + n.value())
                          .collect(Collectors.joining(", "))))
          .append("</div></li>");
    }
    return out.append("</ol>").toString();
  }

  static String risk(MonthlyReport r, Lang lang) {
    Map<String, String> townshipNames = new HashMap<>();
    r.townships().forEach(t -> townshipNames.put(t.code(), t.name()));
    Set<String> hot =
        r.hotspots().hot().stream().map(MonthlyReport.HotVillage::code).collect(Collectors.toSet());
    StringBuilder out = new StringBuilder();
    out.append(
        Parts.figure(
            CountyMap.draw(lang, r.map(), townshipNames, hot),
            Html.t(
                lang,
                "图1 村（社区）风险等级（圆点）与矛盾纠纷热点（圆圈）",
                "Figure 1. Villages by risk level (dots) and dispute hotspots (rings)")));
    out.append(
        Parts.figure(
            townshipBars(r.townships(), lang),
            Html.t(
                lang,
                "图2 各乡镇风险指数及其构成（虚线为等级分界40、60、80）",
                "Figure 2. Township scores and what they are made of (dashed: level bounds 40, 60, 80)")));
    out.append("<table><thead><tr>");
    for (String h :
        List.of(
            Html.t(lang, "排名", "rank"),
            Html.t(lang, "村（社区）", "village"),
            Html.t(lang, "风险指数", "score"),
            Html.t(lang, "等级", "level"),
            Html.t(lang, "较上月", "change"),
            Html.t(lang, "主要因素", "main drivers"))) {
      out.append("<th>").append(Html.esc(h)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (MonthlyReport.AreaRisk v : r.topVillages()) {
      out.append("<tr><td class=\"num\">")
          .append(v.rank())
          .append("</td><td>")
          .append(Html.esc(v.name()))
          .append("</td><td class=\"num\"><b>")
          .append(Html.f1(v.score()))
          .append("</b></td><td><span class=\"chip ")
          .append(v.level())
          .append("\">")
          .append(Html.esc(Words.level(v.level()).in(lang)))
          .append("</span></td><td class=\"num\">")
          .append(Html.esc(Html.signed1(v.change())))
          .append("</td><td>")
          .append(Html.esc(drivers(v, lang)))
          .append("</td></tr>");
    }
    out.append("</tbody></table><p class=\"note\">")
        .append(
            Html.esc(
                Html.t(
                    lang, "表：风险指数前十的村（社区）。", "Table: the ten villages with the highest scores.")))
        .append("</p>");
    return out.toString();
  }

  static String townshipBars(List<MonthlyReport.AreaRisk> townships, Lang lang) {
    List<Charts.Stack> bars = new ArrayList<>();
    for (MonthlyReport.AreaRisk t : townships) {
      Map<String, Double> parts = new HashMap<>();
      t.components().forEach(c -> parts.put(c.indicator(), c.contribution()));
      bars.add(
          new Charts.Stack(
              t.name(),
              INDICATORS.stream().map(i -> parts.getOrDefault(i, 0.0)).toList(),
              Html.f1(t.score()) + " " + Words.level(t.level()).in(lang),
              CountyMap.LEVEL_COLOURS.getOrDefault(t.level(), Svg.INK)));
    }
    return Charts.stacked(
        Html.t(lang, "各乡镇风险指数", "Township risk scores"),
        INDICATORS.stream().map(i -> Words.indicator(i).in(lang)).toList(),
        INDICATOR_COLOURS,
        bars);
  }

  static String drivers(MonthlyReport.AreaRisk area, Lang lang) {
    return area.drivers().stream()
        .map(d -> Words.indicator(d.indicator()).in(lang) + " " + Html.f1(d.contribution()))
        .collect(Collectors.joining(Html.t(lang, "、", ", ")));
  }
}
