package org.riskgraph.analysis.reports.html;

import java.util.ArrayList;
import java.util.List;
import org.riskgraph.analysis.products.PersonDossier;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.Words;

/** The sections of a person dossier (人员档案). */
final class PersonDossierHtml {

  private PersonDossierHtml() {}

  static void sections(StringBuilder out, Lang lang, PersonDossier d) {
    PersonDossier.Person p = d.person();
    out.append(
        ReportDocument.section(
            lang,
            1,
            "基本信息",
            "The person",
            ProductParts.table(
                List.of(
                    Html.t(lang, "姓名", "name"),
                    Html.t(lang, "人员编号", "id"),
                    Html.t(lang, "性别", "gender"),
                    Html.t(lang, "出生日期", "born"),
                    Html.t(lang, "身份证号", "ID number"),
                    Html.t(lang, "住址", "village")),
                List.of(
                    List.of(
                        p.name(),
                        p.id(),
                        ProductParts.gender(lang, p.gender()),
                        p.birthDate() == null ? "" : p.birthDate().toString(),
                        ProductParts.nz(p.idNumber()),
                        ProductParts.nz(p.townshipName())
                            + " "
                            + ProductParts.nz(p.villageName()))))));
    List<List<String>> controls = new ArrayList<>();
    for (PersonDossier.Control c : d.controls()) {
      controls.add(
          List.of(
              c.id(),
              ProductParts.nz(c.category()),
              ProductParts.nz(c.level()),
              ProductParts.nz(c.legalBasis()),
              c.startsOn() + " — " + c.endsOn(),
              c.checkIns() + " / " + c.missedCheckIns() + " / " + c.violations()));
    }
    out.append(
        ReportDocument.section(
            lang,
            2,
            "重点人员管控",
            "Supervision in force",
            controls.isEmpty()
                ? ReportDocument.empty(lang, "当前无在管措施。", "No control is in force.")
                : ProductParts.table(
                    List.of(
                        Html.t(lang, "编号", "id"),
                        Html.t(lang, "类别", "category"),
                        Html.t(lang, "等级", "level"),
                        Html.t(lang, "法律依据", "legal basis"),
                        Html.t(lang, "期限", "term"),
                        Html.t(lang, "报到/漏报/违规", "check-ins / missed / violations")),
                    controls)));
    List<List<String>> events = new ArrayList<>();
    for (PersonDossier.Event e : d.timeline()) {
      events.add(
          List.of(
              Html.date(lang, e.at().toLocalDate()),
              eventKind(lang, e.kind()),
              e.ref(),
              e.kind().equals("INCIDENT")
                  ? Words.incidentCategory(ProductParts.nz(e.category())).in(lang)
                  : e.kind().equals("DISPUTE")
                      ? Words.disputeCategory(ProductParts.nz(e.category())).in(lang)
                      : ProductParts.nz(e.category()),
              e.role() == null ? "" : Words.role(e.role()).in(lang)));
    }
    out.append(
        ReportDocument.section(
            lang,
            3,
            "时间线",
            "Timeline",
            events.isEmpty()
                ? ReportDocument.empty(lang, "无记录。", "Nothing recorded.")
                : ProductParts.table(
                    List.of(
                        Html.t(lang, "日期", "date"),
                        Html.t(lang, "事项", "what"),
                        Html.t(lang, "记录", "record"),
                        Html.t(lang, "类别", "category"),
                        Html.t(lang, "身份", "role")),
                    events)));
    List<List<String>> links = new ArrayList<>();
    for (PersonDossier.Link l : d.links()) {
      links.add(
          List.of(
              linkType(lang, l.type()),
              ProductParts.nz(l.via()),
              ProductParts.nz(l.otherName()) + "（" + l.other() + "）",
              ProductParts.nz(l.detail())));
    }
    out.append(
        ReportDocument.section(
            lang,
            4,
            "关系",
            "Links",
            links.isEmpty()
                ? ReportDocument.empty(lang, "无直接关系。", "No direct link.")
                : ProductParts.table(
                    List.of(
                        Html.t(lang, "关系", "link"),
                        Html.t(lang, "经由", "via"),
                        Html.t(lang, "对象", "to"),
                        Html.t(lang, "说明", "detail")),
                    links)));
    out.append(
        ReportDocument.section(
            lang,
            5,
            "与同案人员的关系链",
            "Link chains to co-involved persons",
            ChainDiagram.chains(lang, d.chains())));
  }

  private static String eventKind(Lang lang, String kind) {
    return switch (kind) {
      case "INCIDENT" -> Html.t(lang, "涉警", "incident");
      case "DISPUTE" -> Html.t(lang, "矛盾纠纷", "dispute");
      case "CONTROL_START" -> Html.t(lang, "列管", "control begins");
      case "MISSED_CHECK_IN" -> Html.t(lang, "漏报到", "missed check-in");
      case "VIOLATION" -> Html.t(lang, "违反管控规定", "violation");
      default -> kind;
    };
  }

  private static String linkType(Lang lang, String type) {
    return switch (type) {
      case "SHARES_PHONE" -> Html.t(lang, "共用电话", "shares a phone");
      default -> ChainDiagram.typeLabel(lang, type);
    };
  }
}
