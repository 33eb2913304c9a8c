package org.riskgraph.api.web;

import jakarta.servlet.http.HttpServletRequest;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.analysis.reports.html.DashboardHtml;
import org.riskgraph.analysis.reports.html.ReportDocument;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.api.reports.ReportRequest;
import org.riskgraph.api.reports.ReportService;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /ui/dashboard}: the risk overview for leaders and the command hall, from the latest
 * monthly report without names, with links to the latest reports as pages.
 */
@RestController
class DashboardPage {

  private final ReportService reports;

  DashboardPage(ReportService reports) {
    this.reports = reports;
  }

  @GetMapping(path = "/ui/dashboard", produces = MediaType.TEXT_HTML_VALUE)
  @Access({Role.LEADER, Role.COMMAND})
  String dashboard(@RequestParam(required = false) String month, HttpServletRequest request) {
    String content;
    try {
      MonthlyReport report = reports.monthly(ReportRequest.month(month), false);
      content = DashboardHtml.body(report, Lang.ZH);
    } catch (BadRequestException e) {
      content = "<p class=\"note\">暂无可用的风险评分数据。 No scored month yet.</p>";
    }
    return Page.html(
        DashboardHtml.title(Lang.ZH),
        ReportDocument.STYLE,
        Page.nav(request)
            + "<main><h1>"
            + DashboardHtml.title(Lang.ZH)
            + "</h1>"
            + LINKS
            + content
            + "</main>");
  }

  private static final String LINKS =
      """
      <p class="reports">最新报告：
        <a href="/ui/reports/daily">每日警情汇总通报</a> ·
        <a href="/ui/reports/weekly">一周警情通报</a> ·
        <a href="/ui/reports/monthly">社会治安稳定形势分析报告</a>
      </p>
      """;
}
