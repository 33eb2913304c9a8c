package org.riskgraph.analysis.reports.html;

import java.util.List;
import java.util.function.Function;
import org.riskgraph.analysis.reports.Comparison;
import org.riskgraph.analysis.reports.DueInstruction;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.Party;
import org.riskgraph.analysis.reports.RateRatio;
import org.riskgraph.analysis.reports.SeriousIncident;
import org.riskgraph.analysis.reports.Words;

/** Tables and sentences that more than one report prints. */
final class Parts {

  private Parts() {}

  /**
   * A table of counts against the two earlier periods with their ratios; {@code label} names a row.
   */
  static String comparisonTable(
      Lang lang,
      String keyHeader,
      String currentHeader,
      String previousHeader,
      String seasonalHeader,
      List<Comparison> rows,
      Function<Comparison, String> label) {
    StringBuilder out = new StringBuilder("<table><thead><tr><th>");
    out.append(Html.esc(keyHeader))
        .append("</th><th class=\"num\">")
        .append(Html.esc(currentHeader))
        .append("</th><th class=\"num\">")
        .append(Html.esc(previousHeader))
        .append("</th><th class=\"num\">")
        .append(Html.esc(Html.t(lang, "比值（95%区间）", "ratio (95% interval)")))
        .append("</th><th class=\"num\">")
        .append(Html.esc(seasonalHeader))
        .append("</th><th class=\"num\">")
        .append(Html.esc(Html.t(lang, "比值（95%区间）", "ratio (95% interval)")))
        .append("</th></tr></thead><tbody>");
    for (Comparison row : rows) {
      out.append("<tr><td>")
          .append(Html.esc(label.apply(row)))
          .append("</td><td class=\"num\"><b>")
          .append(row.current())
          .append("</b></td><td class=\"num\">")
          .append(row.previous())
          .append("</td>")
          .append(Html.ratioCell(lang, row.vsPrevious()))
          .append("<td class=\"num\">")
          .append(row.vsSeasonal() == null ? "—" : Long.toString(row.seasonal()))
          .append("</td>")
          .append(Html.ratioCell(lang, row.vsSeasonal()))
          .append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  /** "42, against 38 (ratio 1.11, 0.71–1.72, not significant)". */
  static String against(Lang lang, long current, long earlier, RateRatio rr, String what) {
    if (rr == null) {
      return Html.t(lang, what + "无可比数据", "no data for " + what);
    }
    String verdict =
        rr.lower() == null
            ? Html.t(lang, "均为0", "both none")
            : rr.direction() > 0
                ? Html.t(lang, "上升显著", "a significant rise")
                : rr.direction() < 0
                    ? Html.t(lang, "下降显著", "a significant fall")
                    : Html.t(lang, "变化不显著", "no significant change");
    return Html.t(
        lang,
        what + earlier + "起，比值" + Html.ratio(lang, rr) + "，" + verdict,
        earlier + " " + what + ", ratio " + Html.ratio(lang, rr) + ", " + verdict);
  }

  static String seriousTable(Lang lang, List<SeriousIncident> incidents, boolean named) {
    if (incidents.isEmpty()) {
      return ReportDocument.empty(lang, "无三级及以上警情。", "No incident of severity 3 or 4.");
    }
    StringBuilder out = new StringBuilder("<table><thead><tr>");
    for (String h :
        List.of(
            Html.t(lang, "接报时间", "reported"),
            Html.t(lang, "警情编号", "number"),
            Html.t(lang, "类别", "category"),
            Html.t(lang, "级别", "severity"),
            Html.t(lang, "发生地", "place"),
            Html.t(lang, "状态", "status"))) {
      out.append("<th>").append(Html.esc(h)).append("</th>");
    }
    if (named) {
      out.append("<th>")
          .append(Html.esc(Html.t(lang, "简要案情与涉及人员", "summary and persons")))
          .append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (SeriousIncident i : incidents) {
      out.append("<tr><td class=\"num\">")
          .append(Html.esc(Html.dateTime(lang, i.reportedAt())))
          .append("</td><td>")
          .append(Html.esc(i.id()))
          .append("</td><td>")
          .append(Html.esc(Words.incidentCategory(i.category()).in(lang)))
          .append("</td><td class=\"num\">")
          .append(i.severity())
          .append("</td><td>")
          .append(Html.esc(i.townshipName() + " " + i.villageName()))
          .append("</td><td>")
          .append(Html.esc(Words.incidentStatus(i.status()).in(lang)))
          .append("</td>");
      if (named) {
        out.append("<td>").append(Html.esc(i.summary().orElse("")));
        if (!i.parties().isEmpty()) {
          out.append("<br><small>");
          for (Party p : i.parties()) {
            out.append(
                    Html.esc(
                        Words.role(p.role()).in(lang) + "：" + p.name() + "（" + p.personId() + "）"))
                .append(' ');
          }
          out.append("</small>");
        }
        out.append("</td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  static String dueTable(Lang lang, List<DueInstruction> due, boolean named) {
    if (due.isEmpty()) {
      return ReportDocument.empty(lang, "无超期未办结指令。", "No instruction is open past its deadline.");
    }
    StringBuilder out = new StringBuilder("<table><thead><tr>");
    for (String h :
        List.of(
            Html.t(lang, "指令编号", "instruction"),
            Html.t(lang, "承办单位", "assignee"),
            Html.t(lang, "等级", "priority"),
            Html.t(lang, "状态", "state"),
            Html.t(lang, "办理期限", "deadline"),
            Html.t(lang, "超期", "overdue"))) {
      out.append("<th>").append(Html.esc(h)).append("</th>");
    }
    if (named) {
      out.append("<th>").append(Html.esc(Html.t(lang, "指令内容", "title"))).append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (DueInstruction i : due) {
      out.append("<tr><td>")
          .append(Html.esc(i.id()))
          .append("</td><td>")
          .append(Html.esc(i.assignee()))
          .append("</td><td>")
          .append(Html.esc(i.priority()))
          .append("</td><td>")
          .append(Html.esc(Words.instructionState(i.state()).in(lang)))
          .append("</td><td class=\"num\">")
          .append(Html.esc(Html.dateTime(lang, i.deadline())))
          .append("</td><td class=\"num up\">")
          .append(Html.esc(overdue(lang, i.hoursOverdue())))
          .append("</td>");
      if (named) {
        out.append("<td>").append(Html.esc(i.title().orElse(""))).append("</td>");
      }
      out.append("</tr>");
    }
    return out.append("</tbody></table>").toString();
  }

  static String overdue(Lang lang, long hours) {
    if (hours < 24) {
      return hours + Html.t(lang, "小时", " h");
    }
    return hours / 24
        + Html.t(lang, "天", " d")
        + (hours % 24 == 0 ? "" : " " + hours % 24 + Html.t(lang, "小时", " h"));
  }

  static String figure(String svg, String caption) {
    return "<figure>" + svg + "<figcaption>" + Html.esc(caption) + "</figcaption></figure>";
  }
}
