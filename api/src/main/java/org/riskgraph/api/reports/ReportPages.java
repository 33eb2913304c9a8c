package org.riskgraph.api.reports;

import org.riskgraph.analysis.reports.html.ReportHtml;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports as pages behind the form login ({@code /ui/reports/...}), for the dashboard's links:
 * the same printable pages as the API's {@code format=html}, never the named versions.
 */
@RestController
class ReportPages {

  private final ReportService reports;

  ReportPages(ReportService reports) {
    this.reports = reports;
  }

  @GetMapping(path = "/ui/reports/daily", produces = MediaType.TEXT_HTML_VALUE)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  String daily(
      @RequestParam(required = false) String date, @RequestParam(required = false) String lang) {
    return ReportHtml.page(
        reports.daily(ReportRequest.date(date), false), ReportRequest.lang(lang));
  }

  @GetMapping(path = "/ui/reports/weekly", produces = MediaType.TEXT_HTML_VALUE)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  String weekly(
      @RequestParam(required = false) String week, @RequestParam(required = false) String lang) {
    return ReportHtml.page(
        reports.weekly(ReportRequest.week(week), false), ReportRequest.lang(lang));
  }

  @GetMapping(path = "/ui/reports/monthly", produces = MediaType.TEXT_HTML_VALUE)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  String monthly(
      @RequestParam(required = false) String month, @RequestParam(required = false) String lang) {
    return ReportHtml.page(
        reports.monthly(ReportRequest.month(month), false), ReportRequest.lang(lang));
  }
}
