package org.riskgraph.analysis.reports.html;

import java.util.List;
import org.riskgraph.analysis.reports.Comparison;
import org.riskgraph.analysis.reports.DailyReport;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.SupervisionCounts;
import org.riskgraph.analysis.reports.Words;

/** 每日警情汇总通报 as a printable page. */
final class DailyHtml {

  private DailyHtml() {}

  static String title(Lang lang) {
    return Html.t(lang, "每日警情汇总通报", "Daily incident summary");
  }

  static String body(DailyReport r, Lang lang) {
    var day = r.header().from();
    StringBuilder out = new StringBuilder("<article class=\"report daily\">");
    out.append(
        ReportDocument.masthead(
            lang, r.header(), title(lang), Html.date(lang, day) + " " + Html.weekday(lang, day)));
    Comparison all = r.incidents();
    long lapses = r.supervision().lapses();
    out.append("<div class=\"cards\">")
        .append(
            ReportDocument.card(
                Html.t(lang, "接报警情", "Incidents"),
                Long.toString(all.current()),
                Html.esc(
                    Html.t(lang, "前日 ", "day before ")
                        + all.previous()
                        + Html.t(lang, "　上周同日 ", " · a week ago ")
                        + (all.vsSeasonal() == null ? "—" : Long.toString(all.seasonal()))),
                all.vsPrevious() != null && all.vsPrevious().direction() > 0))
        .append(
            ReportDocument.card(
                Html.t(lang, "三级及以上警情", "Severity 3–4"),
                Integer.toString(r.serious().size()),
                Html.esc(Html.t(lang, "逐起列于第三部分", "listed in section 3")),
                !r.serious().isEmpty()))
        .append(
            ReportDocument.card(
                Html.t(lang, "新发矛盾纠纷", "New disputes"),
                Long.toString(r.disputes().count()),
                Html.esc(Html.t(lang, "当日登记", "registered that day")),
                false))
        .append(
            ReportDocument.card(
                Html.t(lang, "管控脱管 / 超期指令", "Lapses / overdue"),
                lapses + " / " + r.instructionsDue().size(),
                Html.esc(
                    Html.t(lang, "在管人员 ", "under control ") + r.supervision().activeControls()),
                lapses > 0 || !r.instructionsDue().isEmpty()))
        .append("</div>");

    String previous = Html.shortDate(lang, r.previousDay());
    String weekAgo = Html.shortDate(lang, r.sameWeekdayLastWeek());
    String summary =
        Html.t(lang, "当日共接报警情", "Incidents reported: ")
            + all.current()
            + Html.t(lang, "起；前日（", "; the day before (")
            + previous
            + Html.t(lang, "）", ") ")
            + Parts.against(
                lang,
                all.current(),
                all.previous(),
                all.vsPrevious(),
                Html.t(lang, "", "incidents"))
            + Html.t(lang, "；上周同日（", "; a week before (")
            + weekAgo
            + Html.t(lang, "）", ") ")
            + Parts.against(
                lang,
                all.current(),
                all.seasonal(),
                all.vsSeasonal(),
                Html.t(lang, "", "incidents"))
            + Html.t(lang, "。", ".");
    List<String> labels =
        r.byCategory().stream().map(c -> Words.incidentCategory(c.key()).in(lang)).toList();
    String chart =
        Charts.groupedBars(
            Html.t(lang, "分类警情", "Incidents by category"),
            labels,
            List.of(
                new Charts.Series(
                    Html.t(lang, "当日", "that day"),
                    Svg.CURRENT,
                    r.byCategory().stream().map(Comparison::current).toList()),
                new Charts.Series(
                    Html.t(lang, "前日", "day before"),
                    Svg.PREVIOUS,
                    r.byCategory().stream().map(Comparison::previous).toList()),
                new Charts.Series(
                    Html.t(lang, "上周同日", "a week before"),
                    Svg.SEASONAL,
                    r.byCategory().stream().map(Comparison::seasonal).toList())));
    out.append(
        ReportDocument.section(
            lang,
            1,
            "警情总体情况",
            "Incidents",
            "<p>"
                + Html.esc(summary)
                + "</p>"
                + Parts.figure(
                    chart,
                    Html.t(
                        lang,
                        "图1 分类警情：当日、前日与上周同日",
                        "Figure 1. Incidents by category: that day, the day before, a week before"))
                + Parts.comparisonTable(
                    lang,
                    Html.t(lang, "类别", "category"),
                    Html.t(lang, "当日", "that day"),
                    Html.t(lang, "前日", "day before"),
                    Html.t(lang, "上周同日", "week before"),
                    r.byCategory(),
                    c -> Words.incidentCategory(c.key()).in(lang))));
    out.append(
        ReportDocument.section(
            lang,
            2,
            "各乡镇警情",
            "Incidents by township",
            Parts.comparisonTable(
                lang,
                Html.t(lang, "乡镇", "township"),
                Html.t(lang, "当日", "that day"),
                Html.t(lang, "前日", "day before"),
                Html.t(lang, "上周同日", "week before"),
                r.byTownship(),
                Comparison::name)));
    out.append(
        ReportDocument.section(
            lang,
            3,
            "三级及以上警情",
            "Incidents of severity 3 and 4",
            Parts.seriousTable(lang, r.serious(), r.header().named())));
    out.append(ReportDocument.section(lang, 4, "新发矛盾纠纷", "New disputes", disputes(r, lang)));
    out.append(
        ReportDocument.section(
            lang, 5, "重点人员管控", "Supervision", supervision(r.supervision(), lang)));
    out.append(
        ReportDocument.section(
            lang,
            6,
            "指令督办",
            "Instructions to chase",
            "<p class=\"note\">"
                + Html.esc(
                    Html.t(
                        lang,
                        "截至当日24时仍未办结且已过期限的指令。",
                        "Instructions open past their deadline at the end of the day."))
                + "</p>"
                + Parts.dueTable(lang, r.instructionsDue(), r.header().named())));
    out.append(ReportDocument.footer(lang)).append("</article>");
    return out.toString();
  }

  private static String disputes(DailyReport r, Lang lang) {
    if (r.disputes().count() == 0) {
      return ReportDocument.empty(lang, "当日无新登记矛盾纠纷。", "No dispute was registered that day.");
    }
    StringBuilder out = new StringBuilder("<p>");
    out.append(Html.esc(Html.t(lang, "当日新登记矛盾纠纷", "Disputes registered: ")))
        .append(r.disputes().count())
        .append(Html.esc(Html.t(lang, "起：", ": ")));
    List<String> parts =
        r.disputes().byCategory().stream()
            .filter(c -> c.count() > 0)
            .map(c -> Words.disputeCategory(c.key()).in(lang) + " " + c.count())
            .toList();
    out.append(Html.esc(String.join(Html.t(lang, "，", ", "), parts)))
        .append("</p><table><thead><tr><th>")
        .append(Html.esc(Html.t(lang, "编号", "number")))
        .append("</th><th>")
        .append(Html.esc(Html.t(lang, "类别", "category")))
        .append("</th><th>")
        .append(Html.esc(Html.t(lang, "村（社区）", "village")))
        .append("</th><th>")
        .append(Html.esc(Html.t(lang, "状态", "status")))
        .append("</th></tr></thead><tbody>");
    for (DailyReport.NewDispute d : r.disputes().opened()) {
      out.append("<tr><td>")
          .append(Html.esc(d.id()))
          .append("</td><td>")
          .append(Html.esc(Words.disputeCategory(d.category()).in(lang)))
          .append("</td><td>")
          .append(Html.esc(d.villageName()))
          .append("</td><td>")
          .append(Html.esc(Words.disputeStatus(d.status()).in(lang)))
          .append("</td></tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  static String supervision(SupervisionCounts s, Lang lang) {
    StringBuilder out = new StringBuilder("<p>");
    out.append(
        Html.esc(
            Html.t(
                lang,
                "在管重点人员"
                    + s.activeControls()
                    + "人；漏报到"
                    + s.missedCheckIns()
                    + "次，违反管控规定"
                    + s.violations()
                    + "次。",
                s.activeControls()
                    + " persons under control; "
                    + s.missedCheckIns()
                    + " missed check-ins and "
                    + s.violations()
                    + " violations.")));
    out.append("</p>");
    if (s.villages().isEmpty()) {
      return out.toString();
    }
    out.append("<table><thead><tr><th>")
        .append(Html.esc(Html.t(lang, "村（社区）", "village")))
        .append("</th><th class=\"num\">")
        .append(Html.esc(Html.t(lang, "在管人数", "under control")))
        .append("</th><th class=\"num\">")
        .append(Html.esc(Html.t(lang, "漏报到", "missed check-ins")))
        .append("</th><th class=\"num\">")
        .append(Html.esc(Html.t(lang, "违规", "violations")))
        .append("</th></tr></thead><tbody>");
    for (SupervisionCounts.VillageLapses v : s.villages()) {
      out.append("<tr><td>")
          .append(Html.esc(v.villageName() == null ? v.villageCode() : v.villageName()))
          .append("</td><td class=\"num\">")
          .append(v.activeControls())
          .append("</td><td class=\"num\">")
          .append(v.missedCheckIns())
          .append("</td><td class=\"num\">")
          .append(v.violations())
          .append("</td></tr>");
    }
    return out.append("</tbody></table>").toString();
  }
}
