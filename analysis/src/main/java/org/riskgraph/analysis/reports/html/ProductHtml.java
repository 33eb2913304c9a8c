package org.riskgraph.analysis.reports.html;

import java.util.List;
import org.riskgraph.analysis.products.IncidentBrief;
import org.riskgraph.analysis.products.PersonDossier;
import org.riskgraph.analysis.products.ProductHeader;
import org.riskgraph.analysis.products.ResearchContent;
import org.riskgraph.analysis.products.VillageBrief;
import org.riskgraph.analysis.products.VillageContext;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.Words;

/** A research product (研判产品) as a printable page, marked as holding personal information. */
public final class ProductHtml {

  private ProductHtml() {}

  public static String page(Lang lang, ProductHeader header, ResearchContent content) {
    String title = title(lang, header.kind());
    return ReportDocument.page(lang, title + " " + header.id(), body(lang, header, content));
  }

  public static String body(Lang lang, ProductHeader header, ResearchContent content) {
    StringBuilder out = new StringBuilder("<article class=\"report product\">");
    out.append("<div class=\"doc\"><p class=\"issuer\">")
        .append(Html.esc(Html.t(lang, "情指中心", "Intelligence and Command Centre")))
        .append("</p><h1>")
        .append(Html.esc(title(lang, header.kind())))
        .append("</h1><div class=\"period\">")
        .append(Html.esc(header.id() + " · " + header.subject()))
        .append("</div></div><div class=\"meta\"><span>")
        .append(
            Html.esc(
                Html.t(lang, "制作：", "Made by ")
                    + header.createdBy()
                    + " · "
                    + Html.dateTime(lang, header.createdAt())))
        .append("</span><span class=\"named\">")
        .append(
            Html.esc(
                Html.t(lang, "内部资料 含个人信息 注意保密", "Internal: names persons, handle accordingly")))
        .append("</span><span>")
        .append(Html.esc(Html.t(lang, "事由：", "Purpose: ") + header.purpose()))
        .append("</span></div>");
    switch (content) {
      case IncidentBrief brief -> IncidentBriefHtml.sections(out, lang, brief);
      case PersonDossier dossier -> PersonDossierHtml.sections(out, lang, dossier);
      case VillageBrief brief -> VillageBriefHtml.sections(out, lang, brief);
    }
    out.append("<footer>")
        .append(
            Html.esc(
                Html.t(
                    lang,
                    "本研判产品根据制作时的数据生成，内容固定不变；查阅记入审计日志。已结束的管控措施不列入。",
                    "This product holds the data as they stood when it was made; every read is audited. Controls that have ended are left out.")))
        .append("</footer></article>");
    return out.toString();
  }

  static String title(Lang lang, String kind) {
    return switch (kind) {
      case "INCIDENT_BRIEF" -> Html.t(lang, "警情研判简报", "Incident brief");
      case "PERSON_DOSSIER" -> Html.t(lang, "人员档案", "Person dossier");
      case "VILLAGE_BRIEF" -> Html.t(lang, "村情简报", "Village brief");
      default -> kind;
    };
  }

  static String context(Lang lang, VillageContext v) {
    if (v == null) {
      return ReportDocument.empty(lang, "该月无风险评分。", "No risk score for the month.");
    }
    String level =
        v.level() == null
            ? "—"
            : "<span class=\"chip "
                + v.level()
                + "\">"
                + Html.esc(Words.level(v.level()).in(lang))
                + "</span>";
    List<String> drivers = v.drivers().stream().map(d -> Words.indicator(d).in(lang)).toList();
    return "<table><tbody><tr><th>"
        + Html.esc(Html.t(lang, "村（社区）", "village"))
        + "</th><td>"
        + Html.esc((v.townshipName() == null ? "" : v.townshipName() + " ") + v.name())
        + "</td><th>"
        + Html.esc(Html.t(lang, "月份", "month"))
        + "</th><td>"
        + Html.esc(Html.month(lang, v.month()))
        + "</td></tr><tr><th>"
        + Html.esc(Html.t(lang, "风险指数", "risk score"))
        + "</th><td>"
        + (v.score() == null ? "—" : Html.f1(v.score()) + " " + level)
        + "</td><th>"
        + Html.esc(Html.t(lang, "全县排名", "rank in county"))
        + "</th><td>"
        + (v.rank() == null ? "—" : v.rank() + " / " + v.of())
        + "</td></tr><tr><th>"
        + Html.esc(Html.t(lang, "主要因素", "drivers"))
        + "</th><td>"
        + Html.esc(String.join(Html.t(lang, "、", ", "), drivers))
        + "</td><th>"
        + Html.esc(Html.t(lang, "矛盾纠纷热点", "dispute hotspot"))
        + "</th><td>"
        + Html.esc(hotspot(lang, v))
        + "</td></tr></tbody></table>";
  }

  private static String hotspot(Lang lang, VillageContext v) {
    String hot =
        v.hotMonthsRunning() != null && v.hotMonthsRunning() > 0
            ? Html.t(
                lang,
                "是（连续" + v.hotMonthsRunning() + "个月）",
                "yes (" + v.hotMonthsRunning() + " months running)")
            : Html.t(lang, "否", "no");
    return v.emergingPattern() == null
        ? hot
        : hot + " · " + Words.emerging(v.emergingPattern()).in(lang);
  }
}
