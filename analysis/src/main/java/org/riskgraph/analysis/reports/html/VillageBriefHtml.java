package org.riskgraph.analysis.reports.html;

import java.util.ArrayList;
import java.util.List;
import org.riskgraph.analysis.products.VillageBrief;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.Words;

/** The sections of a village brief (村情简报). */
final class VillageBriefHtml {

  private VillageBriefHtml() {}

  static void sections(StringBuilder out, Lang lang, VillageBrief b) {
    VillageBrief.Village v = b.village();
    out.append(
        ReportDocument.section(
            lang,
            1,
            "基本情况与当前风险",
            "The village and its risk now",
            ProductParts.table(
                    List.of(
                        Html.t(lang, "村（社区）", "village"),
                        Html.t(lang, "乡镇", "township"),
                        Html.t(lang, "人口", "population"),
                        Html.t(lang, "圈层", "circle"),
                        Html.t(lang, "社会治安复杂村", "complex village")),
                    List.of(
                        List.of(
                            v.name() + "（" + v.code() + "）",
                            ProductParts.nz(v.townshipName()),
                            Long.toString(v.population()),
                            ProductParts.nz(v.circle()),
                            v.complex() ? Html.t(lang, "是", "yes") : Html.t(lang, "否", "no"))))
                + ProductHtml.context(lang, b.now())));
    List<String> months =
        b.riskHistory().stream().map(r -> Html.shortMonth(lang, r.month())).toList();
    List<Double> scores = b.riskHistory().stream().map(VillageBrief.RiskPoint::score).toList();
    List<String> countMonths =
        b.counts().stream().map(c -> Html.shortMonth(lang, c.month())).toList();
    out.append(
        ReportDocument.section(
            lang,
            2,
            "风险指数与警情、纠纷走势",
            "Risk score, incidents and disputes over time",
            Parts.figure(
                    Charts.line(Html.t(lang, "风险指数", "Risk score"), months, scores, "#c8102e", 680),
                    Html.t(lang, "图1 逐月风险指数", "Figure 1. Risk score by month"))
                + "<div class=\"pair\">"
                + Parts.figure(
                    Charts.line(
                        Html.t(lang, "警情（起/月）", "Incidents per month"),
                        countMonths,
                        b.counts().stream().map(VillageBrief.MonthCount::incidents).toList(),
                        Svg.CURRENT,
                        335),
                    Html.t(lang, "图2 逐月警情", "Figure 2. Incidents by month"))
                + Parts.figure(
                    Charts.line(
                        Html.t(lang, "矛盾纠纷（起/月）", "Disputes per month"),
                        countMonths,
                        b.counts().stream().map(VillageBrief.MonthCount::newDisputes).toList(),
                        "#7d4fa1",
                        335),
                    Html.t(lang, "图3 逐月新发矛盾纠纷", "Figure 3. New disputes by month"))
                + "</div>"));
    List<List<String>> open = new ArrayList<>();
    for (VillageBrief.OpenDispute d : b.openDisputes()) {
      open.add(
          List.of(
              d.id(),
              Html.date(lang, d.openedAt().toLocalDate()),
              Words.disputeCategory(d.category()).in(lang),
              Words.disputeStatus(d.status()).in(lang),
              Long.toString(d.parties()),
              d.daysOpen() + Html.t(lang, "天", " days")));
    }
    out.append(
        ReportDocument.section(
            lang,
            3,
            "未化解矛盾纠纷",
            "Disputes still open",
            open.isEmpty()
                ? ReportDocument.empty(lang, "无未化解矛盾纠纷。", "No dispute is open.")
                : ProductParts.table(
                    List.of(
                        Html.t(lang, "编号", "number"),
                        Html.t(lang, "登记日期", "opened"),
                        Html.t(lang, "类别", "category"),
                        Html.t(lang, "状态", "status"),
                        Html.t(lang, "当事人数", "parties"),
                        Html.t(lang, "已历时", "open for")),
                    open)));
  }
}
