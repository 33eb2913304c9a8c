package org.riskgraph.api.reports;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.riskgraph.analysis.render.ReportRenderer;
import org.riskgraph.analysis.reports.DailyReport;
import org.riskgraph.analysis.reports.IsoWeek;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.analysis.reports.WeeklyReport;
import org.riskgraph.api.audit.AuditContext;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The daily summary, the weekly bulletin and the monthly stability report: JSON (the report record
 * itself), or a printable HTML page with {@code format=html} or {@code Accept: text/html} (one
 * method per {@code produces}); Chinese unless {@code lang=en}, which JSON accepts and checks too.
 * Leaders, commanders and analysts read them without any person named; with {@code named=true} the
 * command hall gets the serious incidents with their parties, which is a person-level read (COMMAND
 * only, with a stated purpose, the persons audited).
 */
@RestController
class ReportController {

  static final String HTML = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
  private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
  private static final String DAILY = "/api/v1/reports/daily";
  private static final String WEEKLY = "/api/v1/reports/weekly";
  private static final String MONTHLY = "/api/v1/reports/monthly";
  private static final String NAMED = "named=true";
  private static final String ZH = "zh";

  private final ReportService reports;

  ReportController(ReportService reports) {
    this.reports = reports;
  }

  @GetMapping(path = DAILY, produces = JSON)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  DailyReport daily(
      @RequestParam Optional<LocalDate> date, @RequestParam(defaultValue = ZH) Lang lang) {
    return reports.daily(date, false);
  }

  @GetMapping(path = DAILY, produces = HTML)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  String dailyPage(
      @RequestParam Optional<LocalDate> date, @RequestParam(defaultValue = ZH) Lang lang) {
    return ReportRenderer.page(reports.daily(date, false), lang);
  }

  @GetMapping(path = DAILY, params = NAMED, produces = JSON)
  @Access(value = Role.COMMAND, personLevel = true, audit = AuditAction.REPORT_READ)
  DailyReport dailyNamed(
      @RequestParam Optional<LocalDate> date,
      @RequestParam(defaultValue = ZH) Lang lang,
      HttpServletRequest request) {
    DailyReport report = reports.daily(date, true);
    audit(request, ReportService.subjects(report.serious()));
    return report;
  }

  @GetMapping(path = DAILY, params = NAMED, produces = HTML)
  @Access(value = Role.COMMAND, personLevel = true, audit = AuditAction.REPORT_READ)
  String dailyNamedPage(
      @RequestParam Optional<LocalDate> date,
      @RequestParam(defaultValue = ZH) Lang lang,
      HttpServletRequest request) {
    return ReportRenderer.page(dailyNamed(date, lang, request), lang);
  }

  @GetMapping(path = WEEKLY, produces = JSON)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  WeeklyReport weekly(
      @RequestParam Optional<IsoWeek> week, @RequestParam(defaultValue = ZH) Lang lang) {
    return reports.weekly(week, false);
  }

  @GetMapping(path = WEEKLY, produces = HTML)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  String weeklyPage(
      @RequestParam Optional<IsoWeek> week, @RequestParam(defaultValue = ZH) Lang lang) {
    return ReportRenderer.page(reports.weekly(week, false), lang);
  }

  @GetMapping(path = WEEKLY, params = NAMED, produces = JSON)
  @Access(value = Role.COMMAND, personLevel = true, audit = AuditAction.REPORT_READ)
  WeeklyReport weeklyNamed(
      @RequestParam Optional<IsoWeek> week,
      @RequestParam(defaultValue = ZH) Lang lang,
      HttpServletRequest request) {
    WeeklyReport report = reports.weekly(week, true);
    audit(request, ReportService.subjects(report.notable()));
    return report;
  }

  @GetMapping(path = WEEKLY, params = NAMED, produces = HTML)
  @Access(value = Role.COMMAND, personLevel = true, audit = AuditAction.REPORT_READ)
  String weeklyNamedPage(
      @RequestParam Optional<IsoWeek> week,
      @RequestParam(defaultValue = ZH) Lang lang,
      HttpServletRequest request) {
    return ReportRenderer.page(weeklyNamed(week, lang, request), lang);
  }

  @GetMapping(path = MONTHLY, produces = JSON)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  MonthlyReport monthly(
      @RequestParam Optional<YearMonth> month, @RequestParam(defaultValue = ZH) Lang lang) {
    return reports.monthly(month, false);
  }

  @GetMapping(path = MONTHLY, produces = HTML)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  String monthlyPage(
      @RequestParam Optional<YearMonth> month, @RequestParam(defaultValue = ZH) Lang lang) {
    return ReportRenderer.page(reports.monthly(month, false), lang);
  }

  @GetMapping(path = MONTHLY, params = NAMED, produces = JSON)
  @Access(value = Role.COMMAND, personLevel = true, audit = AuditAction.REPORT_READ)
  MonthlyReport monthlyNamed(
      @RequestParam Optional<YearMonth> month, @RequestParam(defaultValue = ZH) Lang lang) {
    return reports.monthly(month, true);
  }

  @GetMapping(path = MONTHLY, params = NAMED, produces = HTML)
  @Access(value = Role.COMMAND, personLevel = true, audit = AuditAction.REPORT_READ)
  String monthlyNamedPage(
      @RequestParam Optional<YearMonth> month, @RequestParam(defaultValue = ZH) Lang lang) {
    return ReportRenderer.page(reports.monthly(month, true), lang);
  }

  private static void audit(HttpServletRequest request, List<String> subjects) {
    AuditContext.of(request).ifPresent(context -> context.addSubjects(subjects));
  }
}
