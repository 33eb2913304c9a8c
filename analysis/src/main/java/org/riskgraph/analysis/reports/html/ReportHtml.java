package org.riskgraph.analysis.reports.html;

import org.riskgraph.analysis.reports.DailyReport;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.analysis.reports.WeeklyReport;

/**
 * Turns a report record into HTML: a complete printable document ({@code page}), or the report's
 * {@code <article>} alone for a page that has its own frame ({@code body}, styled by {@link
 * ReportDocument#STYLE}). Charts are inline SVG; there is no script.
 */
public final class ReportHtml {

  private ReportHtml() {}

  public static String page(DailyReport report, Lang lang) {
    return ReportDocument.page(
        lang, DailyHtml.title(lang) + " " + report.header().period(), body(report, lang));
  }

  public static String page(WeeklyReport report, Lang lang) {
    return ReportDocument.page(
        lang, WeeklyHtml.title(lang) + " " + report.header().period(), body(report, lang));
  }

  public static String page(MonthlyReport report, Lang lang) {
    return ReportDocument.page(
        lang, MonthlyHtml.title(lang) + " " + report.header().period(), body(report, lang));
  }

  public static String body(DailyReport report, Lang lang) {
    return DailyHtml.body(report, lang);
  }

  public static String body(WeeklyReport report, Lang lang) {
    return WeeklyHtml.body(report, lang);
  }

  public static String body(MonthlyReport report, Lang lang) {
    return MonthlyHtml.body(report, lang);
  }
}
