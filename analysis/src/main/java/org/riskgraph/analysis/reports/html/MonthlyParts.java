package org.riskgraph.analysis.reports.html;

import java.util.List;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.analysis.reports.Words;

/** The later sections of the monthly report: hotspots, trends, supervision, instructions. */
final class MonthlyParts {

  private MonthlyParts() {}

  static String hotspots(MonthlyReport.Hotspots h, Lang lang) {
    StringBuilder out = new StringBuilder("<p class=\"note\">");
    out.append(
            Html.esc(
                Html.t(
                    lang,
                    "热点："
                        + Html.month(lang, h.windowFrom())
                        + "至"
                        + Html.month(lang, h.month())
                        + "新登记矛盾纠纷的经验贝叶斯平滑率，Getis-Ord Gi*，错误发现率q≤0.05。",
                    "Hotspots: Getis-Ord Gi* on the empirical-Bayes rate of disputes registered "
                        + Html.month(lang, h.windowFrom())
                        + " to "
                        + Html.month(lang, h.month())
                        + ", FDR q ≤ 0.05.")))
        .append("</p>");
    if (h.hot().isEmpty()) {
      out.append(
          ReportDocument.empty(
              lang, "本月无矛盾纠纷热点村（社区）。", "No village is a dispute hotspot this month."));
    } else {
      out.append("<table><thead><tr>");
      for (String head :
          List.of(
              Html.t(lang, "村（社区）", "village"),
              Html.t(lang, "近三月纠纷", "disputes, 3 months"),
              Html.t(lang, "每千人", "per 1,000"),
              "Gi* z",
              "q",
              Html.t(lang, "连续月数", "months running"))) {
        out.append("<th>").append(Html.esc(head)).append("</th>");
      }
      out.append("</tr></thead><tbody>");
      for (MonthlyReport.HotVillage v : h.hot()) {
        out.append("<tr><td>")
            .append(Html.esc(v.name()))
            .append("</td><td class=\"num\">")
            .append(v.disputes())
            .append("</td><td class=\"num\">")
            .append(Html.f2(v.ratePerThousand()))
            .append("</td><td class=\"num\">")
            .append(Html.f2(v.gStarZ()))
            .append("</td><td class=\"num\">")
            .append(
                v.q() < 0.0001 ? "&lt;0.0001" : String.format(java.util.Locale.ROOT, "%.4f", v.q()))
            .append("</td><td class=\"num\">")
            .append(v.monthsRunning())
            .append("</td></tr>");
      }
      out.append("</tbody></table>");
    }
    if (!h.emerging().isEmpty()) {
      out.append("<p>")
          .append(
              Html.esc(
                  Html.t(
                      lang,
                      "近" + h.emergingMonths() + "个月的新兴热点分析：",
                      "Emerging hotspots over " + h.emergingMonths() + " months:")))
          .append("</p><table><thead><tr>");
      for (String head :
          List.of(
              Html.t(lang, "村（社区）", "village"),
              Html.t(lang, "态势", "pattern"),
              Html.t(lang, "本月 Gi* z", "Gi* z this month"),
              Html.t(lang, "趋势检验 z", "trend z"),
              Html.t(lang, "趋势 p", "trend p"))) {
        out.append("<th>").append(Html.esc(head)).append("</th>");
      }
      out.append("</tr></thead><tbody>");
      for (MonthlyReport.EmergingSpot e : h.emerging()) {
        out.append("<tr><td>")
            .append(Html.esc(e.name()))
            .append("</td><td>")
            .append(Html.esc(Words.emerging(e.category()).in(lang)))
            .append("</td><td class=\"num\">")
            .append(Html.f2(e.lastZ()))
            .append("</td><td class=\"num\">")
            .append(Html.f2(e.trendZ()))
            .append("</td><td class=\"num\">")
            .append(Html.f2(e.trendP()))
            .append("</td></tr>");
      }
      out.append("</tbody></table>");
    }
    return out.toString();
  }

  static String trends(MonthlyReport.Trends t, Lang lang) {
    List<String> labels = t.months().stream().map(m -> Html.shortMonth(lang, m)).toList();
    String incidents =
        Charts.line(
            Html.t(lang, "警情（起/月）", "Incidents per month"),
            labels,
            t.incidents(),
            Svg.CURRENT,
            335);
    String disputes =
        Charts.line(
            Html.t(lang, "矛盾纠纷（起/月）", "Disputes per month"), labels, t.disputes(), "#7d4fa1", 335);
    StringBuilder out = new StringBuilder();
    out.append("<div class=\"pair\">")
        .append(
            Parts.figure(
                incidents, Html.t(lang, "图3 近12个月警情", "Figure 3. Incidents, last 12 months")))
        .append(
            Parts.figure(
                disputes, Html.t(lang, "图4 近12个月新发矛盾纠纷", "Figure 4. New disputes, last 12 months")))
        .append("</div><p>")
        .append(
            Html.esc(
                Html.t(lang, "本月警情", "Incidents this month: ")
                    + t.incidentTotal().current()
                    + Html.t(lang, "起，上月", "; last month ")
                    + Parts.against(
                        lang,
                        t.incidentTotal().current(),
                        t.incidentTotal().previous(),
                        t.incidentTotal().vsPrevious(),
                        Html.t(lang, "", "incidents"))
                    + Html.t(lang, "；去年同月", "; the same month last year ")
                    + Parts.against(
                        lang,
                        t.incidentTotal().current(),
                        t.incidentTotal().seasonal(),
                        t.incidentTotal().vsSeasonal(),
                        Html.t(lang, "", "incidents"))
                    + Html.t(lang, "。新发矛盾纠纷", ". New disputes: ")
                    + t.disputeTotal().current()
                    + Html.t(lang, "起，去年同月", "; the same month last year ")
                    + Parts.against(
                        lang,
                        t.disputeTotal().current(),
                        t.disputeTotal().seasonal(),
                        t.disputeTotal().vsSeasonal(),
                        Html.t(lang, "", "disputes"))
                    + Html.t(lang, "。", ".")))
        .append("</p>")
        .append(
            Parts.comparisonTable(
                lang,
                Html.t(lang, "类别", "category"),
                Html.t(lang, "本月", "this month"),
                Html.t(lang, "上月", "last month"),
                Html.t(lang, "去年同月", "a year ago"),
                t.incidentCategories(),
                c -> Words.incidentCategory(c.key()).in(lang)));
    return out.toString();
  }

  static String supervision(MonthlyReport.Supervision s, Lang lang) {
    String per = s.lapsesPerControl() == null ? "—" : Html.f2(s.lapsesPerControl());
    String reference =
        s.referenceLapsesPerControl() == null ? "—" : Html.f2(s.referenceLapsesPerControl());
    return "<table><thead><tr><th>"
        + Html.esc(Html.t(lang, "在管人员", "under control"))
        + "</th><th>"
        + Html.esc(Html.t(lang, "漏报到", "missed check-ins"))
        + "</th><th>"
        + Html.esc(Html.t(lang, "违规", "violations"))
        + "</th><th>"
        + Html.esc(Html.t(lang, "人均脱管", "lapses per person"))
        + "</th><th>"
        + Html.esc(
            Html.t(
                lang,
                "参照期人均（前" + s.referenceMonths() + "个月）",
                "reference (" + s.referenceMonths() + " months before)"))
        + "</th><th>"
        + Html.esc(Html.t(lang, "比值（95%区间）", "ratio (95% interval)"))
        + "</th></tr></thead><tbody><tr><td class=\"num\">"
        + s.activeControls()
        + "</td><td class=\"num\">"
        + s.missedCheckIns()
        + "</td><td class=\"num\">"
        + s.violations()
        + "</td><td class=\"num\">"
        + per
        + "</td><td class=\"num\">"
        + reference
        + "</td>"
        + Html.ratioCell(lang, s.vsReference())
        + "</tr></tbody></table>";
  }

  static String instructions(MonthlyReport.Instructions i, boolean named, Lang lang) {
    StringBuilder out = new StringBuilder("<p>");
    out.append(
            Html.esc(
                Html.t(
                    lang,
                    "本月下达指令"
                        + i.issued()
                        + "件，截至"
                        + Html.date(lang, i.asOf().toLocalDate())
                        + "已办结"
                        + i.closed()
                        + "件（办结率"
                        + Html.pct(i.closureRate())
                        + "），其中按期办结"
                        + i.closedOnTime()
                        + "件（按期办结率"
                        + Html.pct(i.onTimeRate())
                        + "）。",
                    i.issued()
                        + " instructions issued this month; by "
                        + Html.date(lang, i.asOf().toLocalDate())
                        + " "
                        + i.closed()
                        + " were closed ("
                        + Html.pct(i.closureRate())
                        + "), "
                        + i.closedOnTime()
                        + " of them by the deadline ("
                        + Html.pct(i.onTimeRate())
                        + " on time).")))
        .append("</p>");
    out.append(Parts.dueTable(lang, i.overdue(), named));
    return out.toString();
  }
}
