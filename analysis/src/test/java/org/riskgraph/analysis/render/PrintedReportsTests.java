package org.riskgraph.analysis.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.riskgraph.analysis.reports.CountyRecords;
import org.riskgraph.analysis.reports.DailyReport;
import org.riskgraph.analysis.reports.DailyReportBuilder;
import org.riskgraph.analysis.reports.Finding;
import org.riskgraph.analysis.reports.IsoWeek;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.MonthlyReport;
import org.riskgraph.analysis.reports.MonthlyReportBuilder;
import org.riskgraph.analysis.reports.RecordsReportSource;
import org.riskgraph.analysis.reports.WeeklyReport;
import org.riskgraph.analysis.reports.WeeklyReportBuilder;
import org.riskgraph.analysis.risk.RiskAnalysis;
import org.riskgraph.analysis.risk.RiskAssessment;
import org.riskgraph.analysis.risk.RiskInputs;
import org.riskgraph.analysis.risk.RiskSettings;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.common.Fields;

/**
 * The printed reports of the seed-42 county: both languages, charts present, the numbers of the
 * report in the page, nothing escaped twice, no message missing from a bundle.
 */
class PrintedReportsTests {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), Fields.CHINA);
  static final Path OUT = Path.of("target", "reports");

  private static DailyReport daily;
  private static WeeklyReport weekly;
  private static MonthlyReport monthly;

  @BeforeAll
  static void county() {
    RecordsReportSource source =
        new RecordsReportSource(
            CountyRecords.of(CountyGenerator.generateEvents(Scale.COUNTY, 42, Plants.ALL)));
    RiskInputs inputs = source.riskInputs(LocalDate.of(2026, 11, 30));
    RiskAssessment assessment = new RiskAnalysis(RiskSettings.defaults()).assess(inputs);
    daily = new DailyReportBuilder(source, CLOCK).build(LocalDate.of(2026, 10, 14), false);
    weekly = new WeeklyReportBuilder(source, CLOCK).build(IsoWeek.parse("2026-W42"), false);
    monthly =
        new MonthlyReportBuilder(source, CLOCK)
            .build(YearMonth.of(2026, 10), inputs, assessment, false);
  }

  @Test
  void printsTheDailyReportInChineseAndEnglishWithItsChart() throws IOException {
    String zh = write("daily-zh", ReportRenderer.page(daily, Lang.ZH));
    String en = write("daily-en", ReportRenderer.page(daily, Lang.EN));

    assertThat(zh).contains("每日警情汇总通报", "警情", "<svg", "2026年10月14日", "星期三", "不显著");
    assertThat(zh)
        .contains("当日共接报警情" + daily.incidents().current() + "起")
        .contains("<div class=\"value\">" + daily.incidents().current() + "</div>");
    assertThat(en)
        .contains("Daily incident summary", "14 Oct 2026", "Wed", "<svg", "n.s.")
        .contains("Incidents reported: " + daily.incidents().current() + ";")
        .doesNotContain("每日警情汇总通报");
    assertThat(zh).doesNotContain("<script", "&amp;lt;", "&amp;amp;");
  }

  @Test
  void printsTheWeeklyBulletinWithRatioPlots() throws IOException {
    String zh = write("weekly-zh", ReportRenderer.page(weekly, Lang.ZH));
    String en = write("weekly-en", ReportRenderer.page(weekly, Lang.EN));

    assertThat(zh).contains("一周警情通报", "2026年第42周", "与去年同期比", "95%");
    assertThat(en).contains("Week 42 of 2026", "against the same week last year");
    assertThat(count(zh, "<svg")).isEqualTo(3);
    assertThat(zh).contains("本周共接报警情" + weekly.incidents().current() + "起");
  }

  @Test
  void printsTheMonthlyReportWithMapBarsTrendsAndFindings() throws IOException {
    String zh = write("monthly-zh", ReportRenderer.page(monthly, Lang.ZH));
    String en = write("monthly-en", ReportRenderer.page(monthly, Lang.EN));

    assertThat(zh).contains("社会治安稳定形势分析报告", "2026年10月", "风险等级", "矛盾纠纷热点", "建议措施");
    assertThat(count(zh, "<svg")).isEqualTo(4);
    assertThat(count(zh, "<circle")).isGreaterThanOrEqualTo(monthly.map().size());
    assertThat(monthly.findings()).isNotEmpty();
    for (Finding finding : monthly.findings()) {
      assertThat(zh).contains(finding.rule(), finding.finding().zh());
      assertThat(en).contains(finding.rule(), finding.finding().en());
    }
    assertThat(en).contains("Oct 2026", "Risk levels").doesNotContain("社会治安稳定形势分析报告");
  }

  @Test
  void printsABodyAloneForPagesWithTheirOwnFrame() {
    String body = ReportRenderer.body(monthly, Lang.ZH);
    String dashboard = ReportRenderer.dashboard(monthly, Lang.ZH);

    assertThat(body)
        .startsWith("<article class=\"report monthly\"")
        .doesNotContain("<html", "<style");
    assertThat(dashboard)
        .startsWith("<article class=\"report dashboard\"")
        .contains("乡镇风险等级", "不含个人信息")
        .doesNotContain("<html");
    assertThat(count(dashboard, "<svg")).isEqualTo(2);
  }

  @Test
  void noPageOrBodyPrintsAMissingMessageInEitherLanguage() {
    for (Lang lang : Lang.values()) {
      for (String page :
          new String[] {
            ReportRenderer.page(daily, lang),
            ReportRenderer.page(weekly, lang),
            ReportRenderer.page(monthly, lang),
            ReportRenderer.body(daily, lang),
            ReportRenderer.body(weekly, lang),
            ReportRenderer.body(monthly, lang),
            ReportRenderer.dashboard(monthly, lang)
          }) {
        assertThat(page).as(lang + " page").doesNotContain("??");
      }
    }
  }

  private static String write(String name, String html) throws IOException {
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve(name + ".html"), html);
    return html;
  }

  static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
