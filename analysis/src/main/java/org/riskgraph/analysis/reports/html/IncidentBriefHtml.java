package org.riskgraph.analysis.reports.html;

import java.util.ArrayList;
import java.util.List;
import org.riskgraph.analysis.products.IncidentBrief;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.Words;

/** The sections of an incident brief (警情研判简报). */
final class IncidentBriefHtml {

  private IncidentBriefHtml() {}

  static void sections(StringBuilder out, Lang lang, IncidentBrief b) {
    IncidentBrief.Incident i = b.incident();
    out.append(
        ReportDocument.section(
            lang,
            1,
            "警情概况",
            "The incident",
            ProductParts.table(
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
                            ProductParts.nz(i.townshipName())
                                + " "
                                + ProductParts.nz(i.villageName()),
                            Words.incidentStatus(i.status()).in(lang))))
                + (i.summary() == null ? "" : "<p>" + Html.esc(i.summary()) + "</p>")));
    List<List<String>> persons = new ArrayList<>();
    for (IncidentBrief.Person p : b.persons()) {
      persons.add(
          List.of(
              Words.role(ProductParts.nz(p.role())).in(lang),
              p.name() + "（" + p.id() + "）",
              ProductParts.gender(lang, p.gender()),
              p.birthDate() == null ? "" : p.birthDate().toString(),
              ProductParts.nz(p.idNumber()),
              ProductParts.nz(p.villageName()),
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
                : ProductParts.table(
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
          List.of(
              v.plate(),
              ProductParts.nz(v.kind()) + " " + ProductParts.nz(v.colour()),
              String.join("、", owners)));
    }
    out.append(
        ReportDocument.section(
            lang,
            3,
            "涉及车辆",
            "Vehicles involved",
            vehicles.isEmpty()
                ? ReportDocument.empty(lang, "无登记的涉及车辆。", "No vehicle is recorded.")
                : ProductParts.table(
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
              Words.role(ProductParts.nz(p.role())).in(lang)));
    }
    out.append(
        ReportDocument.section(
            lang,
            4,
            "人员车辆既往警情",
            "Earlier incidents of those involved",
            prior.isEmpty()
                ? ReportDocument.empty(lang, "无既往警情。", "No earlier incident.")
                : ProductParts.table(
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
                  : Html.t(lang, "当事人 ", "party: ") + ProductParts.nz(d.person())));
    }
    out.append(
        ReportDocument.section(
            lang,
            6,
            "关联矛盾纠纷",
            "Related disputes",
            disputes.isEmpty()
                ? ReportDocument.empty(lang, "无关联矛盾纠纷。", "No related dispute.")
                : ProductParts.table(
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
}
