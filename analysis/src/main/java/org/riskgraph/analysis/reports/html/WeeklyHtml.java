package org.riskgraph.analysis.reports.html;

import java.util.List;
import org.riskgraph.analysis.reports.Comparison;
import org.riskgraph.analysis.reports.IsoWeek;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.WeeklyReport;
import org.riskgraph.analysis.reports.Words;

/** 一周警情通报 as a printable page. */
final class WeeklyHtml {

  private WeeklyHtml() {}

  static String title(Lang lang) {
    return Html.t(lang, "一周警情通报", "Weekly incident bulletin");
  }

  static String body(WeeklyReport r, Lang lang) {
    IsoWeek week = IsoWeek.parse(r.header().period());
    String period =
        Html.t(
            lang,
            week.year()
                + "年第"
                + week.week()
                + "周（"
                + Html.shortDate(lang, r.header().from())
                + "—"
                + Html.shortDate(lang, r.header().to())
                + "）",
            "Week "
                + week.week()
                + " of "
                + week.year()
                + " ("
                + Html.shortDate(lang, r.header().from())
                + " – "
                + Html.date(lang, r.header().to())
                + ")");
    StringBuilder out = new StringBuilder("<article class=\"report weekly\">");
    out.append(ReportDocument.masthead(lang, r.header(), title(lang), period));
    Comparison all = r.incidents();
    Comparison disputes = r.disputes();
    out.append("<div class=\"cards\">")
        .append(card(lang, Html.t(lang, "本周警情", "Incidents"), all))
        .append(card(lang, Html.t(lang, "新发矛盾纠纷", "New disputes"), disputes))
        .append(
            ReportDocument.card(
                Html.t(lang, "三级及以上警情", "Severity 3–4"),
                Integer.toString(r.notable().size()),
                Html.esc(Html.t(lang, "逐起列于第五部分", "listed in section 5")),
                !r.notable().isEmpty()))
        .append(
            ReportDocument.card(
                Html.t(lang, "显著上升的类别", "Categories up significantly"),
                Long.toString(
                    r.byCategory().stream()
                        .filter(c -> c.vsPrevious() != null && c.vsPrevious().direction() > 0)
                        .count()),
                Html.esc(Html.t(lang, "与上周比，区间不含1", "against last week, interval above 1")),
                false))
        .append("</div>");

    String summary =
        Html.t(lang, "本周共接报警情", "Incidents this week: ")
            + all.current()
            + Html.t(
                lang,
                "起。与上周（" + r.previousWeek() + "）比：",
                ". Against the week before (" + r.previousWeek() + "): ")
            + Parts.against(
                lang,
                all.current(),
                all.previous(),
                all.vsPrevious(),
                Html.t(lang, "", "incidents"))
            + Html.t(
                lang,
                "；与去年同期（" + r.sameWeekLastYear() + "）比：",
                "; against the same week last year (" + r.sameWeekLastYear() + "): ")
            + Parts.against(
                lang,
                all.current(),
                all.seasonal(),
                all.vsSeasonal(),
                Html.t(lang, "", "incidents"))
            + Html.t(lang, "。新发矛盾纠纷", ". New disputes: ")
            + disputes.current()
            + Html.t(lang, "起，上周", ", the week before ")
            + disputes.previous()
            + Html.t(lang, "起，比值", ", ratio ")
            + Html.ratio(lang, disputes.vsPrevious())
            + Html.t(lang, "。", ".");
    List<String> days =
        r.days().stream()
            .map(d -> Html.weekday(lang, d.day()) + " " + d.day().getDayOfMonth())
            .toList();
    String dayChart =
        Charts.groupedBars(
            Html.t(lang, "逐日警情", "Incidents per day"),
            days,
            List.of(
                new Charts.Series(
                    Html.t(lang, "本周", "this week"),
                    Svg.CURRENT,
                    r.days().stream().map(WeeklyReport.DayCount::incidents).toList()),
                new Charts.Series(
                    Html.t(lang, "上周同日", "same day last week"),
                    Svg.PREVIOUS,
                    r.days().stream().map(WeeklyReport.DayCount::previousWeek).toList())));
    out.append(
        ReportDocument.section(
            lang,
            1,
            "总体态势",
            "Overview",
            "<p>"
                + Html.esc(summary)
                + "</p>"
                + Parts.figure(
                    dayChart,
                    Html.t(
                        lang,
                        "图1 逐日警情：本周与上周同日",
                        "Figure 1. Incidents per day, this week and the week before"))));

    String previousName = Html.t(lang, "与上周比", "against last week");
    String seasonalName = Html.t(lang, "与去年同期比", "against the same week last year");
    String categoryForest =
        Charts.forest(
            Html.t(lang, "分类警情比值", "Ratios by category"),
            previousName,
            seasonalName,
            r.byCategory().stream()
                .map(
                    c ->
                        new Charts.RatioRow(
                            Words.incidentCategory(c.key()).in(lang),
                            c.vsPrevious(),
                            c.vsSeasonal()))
                .toList());
    out.append(
        ReportDocument.section(
            lang,
            2,
            "分类警情",
            "Incidents by category",
            Parts.figure(
                    categoryForest,
                    Html.t(
                        lang,
                        "图2 分类警情比值及95%区间（对数刻度；彩色为显著，灰色为不显著）",
                        "Figure 2. Ratios with 95% intervals by category (log scale; coloured where significant)"))
                + Parts.comparisonTable(
                    lang,
                    Html.t(lang, "类别", "category"),
                    Html.t(lang, "本周", "this week"),
                    Html.t(lang, "上周", "last week"),
                    Html.t(lang, "去年同期", "a year ago"),
                    r.byCategory(),
                    c -> Words.incidentCategory(c.key()).in(lang))));
    String townshipForest =
        Charts.forest(
            Html.t(lang, "各乡镇警情比值", "Ratios by township"),
            previousName,
            seasonalName,
            r.byTownship().stream()
                .map(c -> new Charts.RatioRow(c.name(), c.vsPrevious(), c.vsSeasonal()))
                .toList());
    out.append(
        ReportDocument.section(
            lang,
            3,
            "各乡镇警情",
            "Incidents by township",
            Parts.figure(
                    townshipForest,
                    Html.t(
                        lang,
                        "图3 各乡镇警情比值及95%区间",
                        "Figure 3. Ratios with 95% intervals by township"))
                + Parts.comparisonTable(
                    lang,
                    Html.t(lang, "乡镇", "township"),
                    Html.t(lang, "本周", "this week"),
                    Html.t(lang, "上周", "last week"),
                    Html.t(lang, "去年同期", "a year ago"),
                    r.byTownship(),
                    Comparison::name)));
    out.append(
        ReportDocument.section(lang, 4, "变化较大的村（社区）", "Villages that moved most", movers(r, lang)));
    out.append(
        ReportDocument.section(
            lang,
            5,
            "重大警情",
            "Notable incidents",
            Parts.seriousTable(lang, r.notable(), r.header().named())));
    out.append(ReportDocument.footer(lang)).append("</article>");
    return out.toString();
  }

  private static String card(Lang lang, String label, Comparison c) {
    return ReportDocument.card(
        label,
        Long.toString(c.current()),
        Html.esc(
            Html.t(lang, "上周 ", "last week ")
                + c.previous()
                + Html.t(lang, "　去年同期 ", " · a year ago ")
                + (c.vsSeasonal() == null ? "—" : Long.toString(c.seasonal()))),
        c.vsPrevious() != null && c.vsPrevious().direction() > 0);
  }

  private static String movers(WeeklyReport r, Lang lang) {
    if (r.movers().isEmpty()) {
      return ReportDocument.empty(
          lang, "前四周数据不全，不作比较。", "The four weeks before are not all in the data: no comparison.");
    }
    StringBuilder out =
        new StringBuilder("<p class=\"note\">")
            .append(
                Html.esc(
                    Html.t(
                        lang,
                        "与本村前四周周均警情相比，增加最多和减少最多的各五个村（社区）。",
                        "The five villages furthest above, and the five furthest below, their weekly mean of the four weeks before.")))
            .append("</p><table><thead><tr>");
    for (String h :
        List.of(
            Html.t(lang, "村（社区）", "village"),
            Html.t(lang, "乡镇", "township"),
            Html.t(lang, "本周", "this week"),
            Html.t(lang, "前四周周均", "4-week mean"),
            Html.t(lang, "变化", "change"),
            Html.t(lang, "比值（95%区间）", "ratio (95% interval)"))) {
      out.append("<th>").append(Html.esc(h)).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (WeeklyReport.VillageMove m : r.movers()) {
      out.append("<tr><td>")
          .append(Html.esc(m.name()))
          .append("</td><td>")
          .append(Html.esc(m.townshipName()))
          .append("</td><td class=\"num\"><b>")
          .append(m.current())
          .append("</b></td><td class=\"num\">")
          .append(Html.f2(m.fourWeeks() / 4.0))
          .append("</td><td class=\"num ")
          .append(m.change() > 0 ? "up" : "down")
          .append("\">")
          .append(Html.esc(Html.signed1(m.change())))
          .append("</td>")
          .append(Html.ratioCell(lang, m.vsFourWeeks()))
          .append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }
}
