package org.riskgraph.analysis.reports;

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
import org.riskgraph.analysis.reports.html.ReportHtml;
import org.riskgraph.analysis.risk.RiskAnalysis;
import org.riskgraph.analysis.risk.RiskAssessment;
import org.riskgraph.analysis.risk.RiskInputs;
import org.riskgraph.analysis.risk.RiskSettings;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.common.Fields;

/** The printed reports of the seed-42 county: both languages, charts present, nothing escaped. */
class ReportHtmlTests {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), Fields.CHINA);
  static final Path OUT = Path.of("target", "reports");

  private static RecordsReportSource source;
  private static RiskInputs inputs;
  private static RiskAssessment assessment;

  @BeforeAll
  static void county() {
    source =
        new RecordsReportSource(
            CountyRecords.of(CountyGenerator.generateEvents(Scale.COUNTY, 42, Plants.ALL)));
    inputs = source.riskInputs(LocalDate.of(2026, 11, 30));
    assessment = new RiskAnalysis(RiskSettings.defaults()).assess(inputs);
  }

  @Test
  void printsTheDailyReportInChineseAndEnglishWithItsChart() throws IOException {
    DailyReport report =
        new DailyReportBuilder(source, CLOCK).build(LocalDate.of(2026, 10, 14), false);

    String zh = write("daily-zh", ReportHtml.page(report, Lang.ZH));
    String en = write("daily-en", ReportHtml.page(report, Lang.EN));

    assertThat(zh).contains("每日警情汇总通报", "警情", "<svg", "2026年10月14日", "不显著");
    assertThat(en).contains("Daily incident summary", "<svg", "n.s.").doesNotContain("每日警情汇总通报");
    assertThat(zh).doesNotContain("<script");
  }

  @Test
  void printsTheWeeklyBulletinWithRatioPlots() throws IOException {
    WeeklyReport report =
        new WeeklyReportBuilder(source, CLOCK).build(IsoWeek.parse("2026-W42"), false);

    String zh = write("weekly-zh", ReportHtml.page(report, Lang.ZH));
    write("weekly-en", ReportHtml.page(report, Lang.EN));

    assertThat(zh).contains("一周警情通报", "与去年同期比", "95%");
    assertThat(count(zh, "<svg")).isEqualTo(3);
  }

  @Test
  void printsTheMonthlyReportWithMapBarsTrendsAndFindings() throws IOException {
    MonthlyReport report =
        new MonthlyReportBuilder(source, CLOCK)
            .build(YearMonth.of(2026, 10), inputs, assessment, false);

    String zh = write("monthly-zh", ReportHtml.page(report, Lang.ZH));
    write("monthly-en", ReportHtml.page(report, Lang.EN));

    assertThat(zh).contains("社会治安稳定形势分析报告", "风险等级", "矛盾纠纷热点", "建议措施");
    assertThat(count(zh, "<svg")).isEqualTo(4);
    assertThat(count(zh, "<circle")).isGreaterThanOrEqualTo(89);
    for (Finding finding : report.findings()) {
      assertThat(zh).contains(finding.rule());
    }
  }

  private static String write(String name, String html) throws IOException {
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve(name + ".html"), html);
    return html;
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
