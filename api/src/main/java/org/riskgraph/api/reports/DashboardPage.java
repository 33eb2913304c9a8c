package org.riskgraph.api.reports;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.riskgraph.analysis.render.ReportRenderer;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.api.security.Access;
import org.riskgraph.api.security.Role;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /ui/dashboard} ({@code templates/dashboard.html}): the risk overview for leaders and the
 * command hall, from the latest monthly report without names, with links to the latest reports.
 */
@Controller
class DashboardPage {

  private final ReportService reports;

  DashboardPage(ReportService reports) {
    this.reports = reports;
  }

  @GetMapping(path = "/ui/dashboard", produces = MediaType.TEXT_HTML_VALUE)
  @Access({Role.LEADER, Role.COMMAND})
  String dashboard(@RequestParam Optional<YearMonth> month, Locale locale, Model model) {
    try {
      MonthlyReport report = reports.monthly(month, false);
      model.addAttribute("overview", ReportRenderer.dashboard(report, Lang.of(locale)));
    } catch (BadRequestException e) {
      model.addAttribute("overview", null); // no month has scores yet
    }
    return "dashboard";
  }
}
