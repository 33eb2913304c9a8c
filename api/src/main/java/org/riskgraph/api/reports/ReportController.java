package org.riskgraph.api.reports;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.riskgraph.analysis.reports.DailyReport;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.analysis.reports.WeeklyReport;
import org.riskgraph.analysis.reports.html.ReportHtml;
import org.riskgraph.api.audit.AuditContext;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The daily summary, the weekly bulletin and the monthly stability report: JSON (the report record
 * itself), or a printable HTML page with {@code format=html} or {@code Accept: text/html}; Chinese
 * unless {@code lang=en}. Leaders, commanders and analysts read them without any person named; with
 * {@code named=true} the command hall gets the serious incidents with their parties, which is a
 * person-level read (COMMAND only, with a stated purpose, the persons audited).
 */
@RestController
class ReportController {

  private static final MediaType HTML =
      new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);
  private static final String DAILY = "/api/v1/reports/daily";
  private static final String WEEKLY = "/api/v1/reports/weekly";
  private static final String MONTHLY = "/api/v1/reports/monthly";
  private static final String NAMED = "named=true";

  private final ReportService reports;

  ReportController(ReportService reports) {
    this.reports = reports;
  }

  @GetMapping(DAILY)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  ResponseEntity<?> daily(
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = "Accept", required = false) String accept) {
    DailyReport report = reports.daily(ReportRequest.date(date), false);
    return answer(report, ReportRequest.html(format, accept), ReportRequest.lang(lang));
  }

  @GetMapping(path = DAILY, params = NAMED)
  @Access(value = Role.COMMAND, personLevel = true, audit = AuditAction.REPORT_READ)
  ResponseEntity<?> dailyNamed(
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = "Accept", required = false) String accept,
      HttpServletRequest request) {
    DailyReport report = reports.daily(ReportRequest.date(date), true);
    audit(request, ReportService.subjects(report.serious()));
    return answer(report, ReportRequest.html(format, accept), ReportRequest.lang(lang));
  }

  @GetMapping(WEEKLY)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  ResponseEntity<?> weekly(
      @RequestParam(required = false) String week,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = "Accept", required = false) String accept) {
    WeeklyReport report = reports.weekly(ReportRequest.week(week), false);
    return answer(report, ReportRequest.html(format, accept), ReportRequest.lang(lang));
  }

  @GetMapping(path = WEEKLY, params = NAMED)
  @Access(value = Role.COMMAND, personLevel = true, audit = AuditAction.REPORT_READ)
  ResponseEntity<?> weeklyNamed(
      @RequestParam(required = false) String week,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = "Accept", required = false) String accept,
      HttpServletRequest request) {
    WeeklyReport report = reports.weekly(ReportRequest.week(week), true);
    audit(request, ReportService.subjects(report.notable()));
    return answer(report, ReportRequest.html(format, accept), ReportRequest.lang(lang));
  }

  @GetMapping(MONTHLY)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  ResponseEntity<?> monthly(
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = "Accept", required = false) String accept) {
    MonthlyReport report = reports.monthly(ReportRequest.month(month), false);
    return answer(report, ReportRequest.html(format, accept), ReportRequest.lang(lang));
  }

  @GetMapping(path = MONTHLY, params = NAMED)
  @Access(value = Role.COMMAND, personLevel = true, audit = AuditAction.REPORT_READ)
  ResponseEntity<?> monthlyNamed(
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String lang,
      @RequestHeader(value = "Accept", required = false) String accept) {
    MonthlyReport report = reports.monthly(ReportRequest.month(month), true);
    return answer(report, ReportRequest.html(format, accept), ReportRequest.lang(lang));
  }

  private static void audit(HttpServletRequest request, List<String> subjects) {
    AuditContext.of(request).ifPresent(context -> context.addSubjects(subjects));
  }

  private static ResponseEntity<?> answer(Object report, boolean html, Lang lang) {
    if (!html) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }
    String page =
        switch (report) {
          case DailyReport daily -> ReportHtml.page(daily, lang);
          case WeeklyReport weekly -> ReportHtml.page(weekly, lang);
          case MonthlyReport monthly -> ReportHtml.page(monthly, lang);
          default -> throw new IllegalStateException("not a report: " + report.getClass());
        };
    return ResponseEntity.ok().contentType(HTML).body(page);
  }
}
