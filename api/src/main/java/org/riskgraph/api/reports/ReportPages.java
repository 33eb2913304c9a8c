package org.riskgraph.api.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.riskgraph.analysis.render.ReportRenderer;
import org.riskgraph.analysis.reports.IsoWeek;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.ReportHeader;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.riskgraph.graph.audit.AuditAction;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reports as pages behind the form login ({@code /ui/reports/...}, {@code
 * templates/report.html}): the same printable report as the API's {@code format=html} inside the
 * site's layout, never the named versions; the language is the page's.
 */
@Controller
class ReportPages {

  private static final String VIEW = "report";

  private final ReportService reports;

  ReportPages(ReportService reports) {
    this.reports = reports;
  }

  @GetMapping(path = "/ui/reports/daily", produces = MediaType.TEXT_HTML_VALUE)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  String daily(@RequestParam Optional<LocalDate> date, Locale locale, Model model) {
    var report = reports.daily(date, false);
    Lang lang = Lang.of(locale);
    return show(model, "daily", report.header(), ReportRenderer.body(report, lang));
  }

  @GetMapping(path = "/ui/reports/weekly", produces = MediaType.TEXT_HTML_VALUE)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  String weekly(@RequestParam Optional<IsoWeek> week, Locale locale, Model model) {
    var report = reports.weekly(week, false);
    Lang lang = Lang.of(locale);
    return show(model, "weekly", report.header(), ReportRenderer.body(report, lang));
  }

  @GetMapping(path = "/ui/reports/monthly", produces = MediaType.TEXT_HTML_VALUE)
  @Access(
      value = {Role.LEADER, Role.COMMAND, Role.ANALYST},
      audit = AuditAction.REPORT_READ)
  String monthly(@RequestParam Optional<YearMonth> month, Locale locale, Model model) {
    var report = reports.monthly(month, false);
    Lang lang = Lang.of(locale);
    return show(model, "monthly", report.header(), ReportRenderer.body(report, lang));
  }

  private static String show(Model model, String kind, ReportHeader header, String body) {
    model.addAttribute("kind", kind);
    model.addAttribute("period", header.period());
    model.addAttribute("report", body);
    return VIEW;
  }
}
