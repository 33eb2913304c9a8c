package org.riskgraph.analysis.reports.html;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.analysis.reports.Words;

/**
 * The dashboard for leaders and the command hall: the county's and each township's risk level with
 * a chart, the county map with the dispute hotspots, and the hotspot list. It is drawn from the
 * monthly report without names, so it shows aggregates only. Embedding pages add {@link
 * ReportDocument#STYLE}.
 */
public final class DashboardHtml {

  private DashboardHtml() {}

  public static String title(Lang lang) {
    return Html.t(lang, "风险态势总览", "Risk overview");
  }

  public static String body(MonthlyReport r, Lang lang) {
    YearMonth month = YearMonth.parse(r.header().period());
    StringBuilder out = new StringBuilder("<article class=\"report dashboard\">");
    out.append("<div class=\"meta\"><span>")
        .append(Html.esc(Html.month(lang, month)))
        .append("</span><span>")
        .append(Html.esc(Html.t(lang, "不含个人信息", "No person is named")))
        .append("</span><span>")
        .append(Html.esc(r.riskMethod()))
        .append("</span></div>");
    out.append(cards(r, lang));
    out.append(
        ReportDocument.section(
            lang,
            1,
            "乡镇风险等级",
            "Township risk levels",
            Parts.figure(
                    MonthlyHtml.townshipBars(r.townships(), lang),
                    Html.t(
                        lang,
                        "各乡镇风险指数及其构成（虚线为等级分界40、60、80）",
                        "Township scores and what they are made of (dashed: level bounds 40, 60, 80)"))
                + townships(r.townships(), lang)));
    Map<String, String> townshipNames = new HashMap<>();
    r.townships().forEach(t -> townshipNames.put(t.code(), t.name()));
    Set<String> hot =
        r.hotspots().hot().stream().map(MonthlyReport.HotVillage::code).collect(Collectors.toSet());
    out.append(
        ReportDocument.section(
            lang,
            2,
            "矛盾纠纷热点",
            "Dispute hotspots",
            Parts.figure(
                    CountyMap.draw(lang, r.map(), townshipNames, hot),
                    Html.t(
                        lang,
                        "村（社区）风险等级（圆点）与矛盾纠纷热点（圆圈）",
                        "Villages by risk level (dots) and dispute hotspots (rings)"))
                + MonthlyParts.hotspots(r.hotspots(), lang)));
    return out.append("</article>").toString();
  }

  private static String cards(MonthlyReport r, Lang lang) {
    MonthlyReport.AreaRisk county = r.county();
    long redOrange =
        r.villageLevels().stream()
            .filter(l -> l.key().equals("RED") || l.key().equals("ORANGE"))
            .mapToLong(l -> l.count())
            .sum();
    return "<div class=\"cards\">"
        + ReportDocument.card(
            Html.t(lang, "全县风险指数", "County risk score"),
            Html.f1(county.score()),
            chip(county.level(), lang)
                + " "
                + Html.esc(Html.t(lang, "较上月 ", "change ") + Html.signed1(county.change())),
            county.level().equals("RED") || county.level().equals("ORANGE"))
        + ReportDocument.card(
            Html.t(lang, "红色、橙色村（社区）", "Red and orange villages"),
            Long.toString(redOrange),
            Html.esc(
                Html.t(lang, "共", "of ") + r.map().size() + Html.t(lang, "个村（社区）", " villages")),
            redOrange > 0)
        + ReportDocument.card(
            Html.t(lang, "矛盾纠纷热点", "Dispute hotspots"),
            Integer.toString(r.hotspots().hot().size()),
            Html.esc(Html.t(lang, "新兴热点等 ", "emerging etc. ") + r.hotspots().emerging().size()),
            !r.hotspots().hot().isEmpty())
        + ReportDocument.card(
            Html.t(lang, "研判发现", "Findings"),
            Integer.toString(r.findings().size()),
            Html.esc(Html.t(lang, "详见月度分析报告", "see the monthly report")),
            false)
        + "</div>";
  }

  private static String townships(List<MonthlyReport.AreaRisk> townships, Lang lang) {
    StringBuilder out = new StringBuilder("<table class=\"townships\"><thead><tr>");
    for (String h :
        List.of(
            Html.t(lang, "乡镇", "township"),
            Html.t(lang, "风险指数", "score"),
            Html.t(lang, "等级", "level"),
            Html.t(lang, "较上月", "change"),
            Html.t(lang, "主要因素", "main drivers"))) {
      out.append("<th>").append(Html.esc(h)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (MonthlyReport.AreaRisk t : townships) {
      out.append("<tr><td>")
          .append(Html.esc(t.name()))
          .append("</td><td class=\"num\"><b>")
          .append(Html.f1(t.score()))
          .append("</b></td><td>")
          .append(chip(t.level(), lang))
          .append("</td><td class=\"num\">")
          .append(Html.esc(Html.signed1(t.change())))
          .append("</td><td>")
          .append(Html.esc(MonthlyHtml.drivers(t, lang)))
          .append("</td></tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  private static String chip(String level, Lang lang) {
    return "<span class=\"chip "
        + Html.esc(level)
        + "\">"
        + Html.esc(Words.level(level).in(lang))
        + "</span>";
  }
}
