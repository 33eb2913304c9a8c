package org.riskgraph.analysis.reports.html;

import java.util.ArrayList;
import java.util.List;
import org.riskgraph.analysis.products.IncidentBrief;
import org.riskgraph.analysis.products.PersonDossier;
import org.riskgraph.analysis.products.VillageBrief;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.Words;

/** The sections of each kind of research product. */
final class ProductParts {

  private ProductParts() {}

  static void incident(StringBuilder out, Lang lang, IncidentBrief b) {
    IncidentBrief.Incident i = b.incident();
    out.append(
        ReportDocument.section(
            lang,
            1,
            "警情概况",
            "The incident",
            table(
                    List.of(
                        Html.t(lang, "警情编号", "number"),
                        Html.t(lang, "接报时间", "reported"),
                        Html.t(lang, "类别", "category"),
                        Html.t(lang, "级别", "severity"),
                        Html.t(lang, "发生地", "place"),
                        Html.t(lang, "状态", "status")),
                    List.of(
                        List.of(
                            i.id(),
                            Html.date(lang, i.reportedAt().toLocalDate())
                                + " "
                                + Html.time(lang, i.reportedAt()),
                            Words.incidentCategory(i.category()).in(lang),
                            Integer.toString(i.severity()),
                            nz(i.townshipName()) + " " + nz(i.villageName()),
                            Words.incidentStatus(i.status()).in(lang))))
                + (i.summary() == null ? "" : "<p>" + Html.esc(i.summary()) + "</p>")));
    List<List<String>> persons = new ArrayList<>();
    for (IncidentBrief.Person p : b.persons()) {
      persons.add(
          List.of(
              Words.role(nz(p.role())).in(lang),
              p.name() + "（" + p.id() + "）",
              gender(lang, p.gender()),
              p.birthDate() == null ? "" : p.birthDate().toString(),
              nz(p.idNumber()),
              nz(p.villageName()),
              p.controlsInForce() > 0 ? Html.t(lang, "在管", "under control") : ""));
    }
    out.append(
        ReportDocument.section(
            lang,
            2,
            "涉及人员",
            "Persons involved",
            persons.isEmpty()
                ? ReportDocument.empty(lang, "无登记的涉及人员。", "No person is recorded.")
                : table(
                    List.of(
                        Html.t(lang, "身份", "role"),
                        Html.t(lang, "姓名", "name"),
                        Html.t(lang, "性别", "gender"),
                        Html.t(lang, "出生日期", "born"),
                        Html.t(lang, "身份证号", "ID number"),
                        Html.t(lang, "住址", "village"),
                        Html.t(lang, "管控", "control")),
                    persons)));
    List<List<String>> vehicles = new ArrayList<>();
    for (IncidentBrief.Vehicle v : b.vehicles()) {
      List<String> owners = new ArrayList<>();
      for (int k = 0; k < v.ownerIds().size(); k++) {
        owners.add(v.ownerNames().get(k) + "（" + v.ownerIds().get(k) + "）");
      }
      vehicles.add(
          List.of(v.plate(), nz(v.kind()) + " " + nz(v.colour()), String.join("、", owners)));
    }
    out.append(
        ReportDocument.section(
            lang,
            3,
            "涉及车辆",
            "Vehicles involved",
            vehicles.isEmpty()
                ? ReportDocument.empty(lang, "无登记的涉及车辆。", "No vehicle is recorded.")
                : table(
                    List.of(
                        Html.t(lang, "车牌号", "plate"),
                        Html.t(lang, "车型颜色", "kind"),
                        Html.t(lang, "车主", "owner")),
                    vehicles)));
    List<List<String>> prior = new ArrayList<>();
    for (IncidentBrief.PriorIncident p : b.priorIncidents()) {
      prior.add(
          List.of(
              p.whoName(),
              Html.date(lang, p.reportedAt().toLocalDate()),
              p.id(),
              Words.incidentCategory(p.category()).in(lang),
              Integer.toString(p.severity()),
              Words.role(nz(p.role())).in(lang)));
    }
    out.append(
        ReportDocument.section(
            lang,
            4,
            "人员车辆既往警情",
            "Earlier incidents of those involved",
            prior.isEmpty()
                ? ReportDocument.empty(lang, "无既往警情。", "No earlier incident.")
                : table(
                    List.of(
                        Html.t(lang, "对象", "who"),
                        Html.t(lang, "日期", "date"),
                        Html.t(lang, "警情编号", "number"),
                        Html.t(lang, "类别", "category"),
                        Html.t(lang, "级别", "severity"),
                        Html.t(lang, "身份", "role")),
                    prior)));
    out.append(
        ReportDocument.section(
            lang,
            5,
            "涉及人员关系链",
            "Link chains between the persons",
            ChainDiagram.chains(lang, b.chains())));
    List<List<String>> disputes = new ArrayList<>();
    for (IncidentBrief.RelatedDispute d : b.disputes()) {
      disputes.add(
          List.of(
              d.id(),
              Html.date(lang, d.openedAt().toLocalDate()),
              Words.disputeCategory(d.category()).in(lang),
              Words.disputeStatus(d.status()).in(lang),
              d.relation().equals("ESCALATED_TO")
                  ? Html.t(lang, "激化为本警情", "escalated into this incident")
                  : Html.t(lang, "当事人 ", "party: ") + nz(d.person())));
    }
    out.append(
        ReportDocument.section(
            lang,
            6,
            "关联矛盾纠纷",
            "Related disputes",
            disputes.isEmpty()
                ? ReportDocument.empty(lang, "无关联矛盾纠纷。", "No related dispute.")
                : table(
                    List.of(
                        Html.t(lang, "编号", "number"),
                        Html.t(lang, "登记日期", "opened"),
                        Html.t(lang, "类别", "category"),
                        Html.t(lang, "状态", "status"),
                        Html.t(lang, "关联", "relation")),
                    disputes)));
    out.append(
        ReportDocument.section(
            lang,
            7,
            "所在村（社区）风险背景",
            "The village's risk that month",
            ProductHtml.context(lang, b.village())));
  }

  static void person(StringBuilder out, Lang lang, PersonDossier d) {
    PersonDossier.Person p = d.person();
    out.append(
        ReportDocument.section(
            lang,
            1,
            "基本信息",
            "The person",
            table(
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
                        gender(lang, p.gender()),
                        p.birthDate() == null ? "" : p.birthDate().toString(),
                        nz(p.idNumber()),
                        nz(p.townshipName()) + " " + nz(p.villageName()))))));
    List<List<String>> controls = new ArrayList<>();
    for (PersonDossier.Control c : d.controls()) {
      controls.add(
          List.of(
              c.id(),
              nz(c.category()),
              nz(c.level()),
              nz(c.legalBasis()),
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
                : table(
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
                  ? Words.incidentCategory(nz(e.category())).in(lang)
                  : e.kind().equals("DISPUTE")
                      ? Words.disputeCategory(nz(e.category())).in(lang)
                      : nz(e.category()),
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
                : table(
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
              nz(l.via()),
              nz(l.otherName()) + "（" + l.other() + "）",
              nz(l.detail())));
    }
    out.append(
        ReportDocument.section(
            lang,
            4,
            "关系",
            "Links",
            links.isEmpty()
                ? ReportDocument.empty(lang, "无直接关系。", "No direct link.")
                : table(
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

  static void village(StringBuilder out, Lang lang, VillageBrief b) {
    VillageBrief.Village v = b.village();
    out.append(
        ReportDocument.section(
            lang,
            1,
            "基本情况与当前风险",
            "The village and its risk now",
            table(
                    List.of(
                        Html.t(lang, "村（社区）", "village"),
                        Html.t(lang, "乡镇", "township"),
                        Html.t(lang, "人口", "population"),
                        Html.t(lang, "圈层", "circle"),
                        Html.t(lang, "社会治安复杂村", "complex village")),
                    List.of(
                        List.of(
                            v.name() + "（" + v.code() + "）",
                            nz(v.townshipName()),
                            Long.toString(v.population()),
                            nz(v.circle()),
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
                : table(
                    List.of(
                        Html.t(lang, "编号", "number"),
                        Html.t(lang, "登记日期", "opened"),
                        Html.t(lang, "类别", "category"),
                        Html.t(lang, "状态", "status"),
                        Html.t(lang, "当事人数", "parties"),
                        Html.t(lang, "已历时", "open for")),
                    open)));
  }

  private static String table(List<String> head, List<List<String>> rows) {
    StringBuilder out = new StringBuilder("<table><thead><tr>");
    head.forEach(h -> out.append("<th>").append(Html.esc(h)).append("</th>"));
    out.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      out.append("<tr>");
      row.forEach(c -> out.append("<td>").append(Html.esc(c)).append("</td>"));
      out.append("</tr>");
    }
    return out.append("</tbody></table>").toString();
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

  private static String gender(Lang lang, String gender) {
    if (gender == null) {
      return "";
    }
    return switch (gender) {
      case "MALE", "M" -> Html.t(lang, "男", "male");
      case "FEMALE", "F" -> Html.t(lang, "女", "female");
      default -> gender;
    };
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
