package org.riskgraph.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.riskgraph.analysis.render.ReportRenderer;
import org.riskgraph.analysis.reports.CountyRecords;
import org.riskgraph.analysis.reports.DailyReportBuilder;
import org.riskgraph.analysis.reports.IsoWeek;
import org.riskgraph.analysis.reports.Lang;
import org.riskgraph.analysis.reports.MonthlyReportBuilder;
import org.riskgraph.analysis.reports.RecordsReportSource;
import org.riskgraph.analysis.reports.WeeklyReportBuilder;
import org.riskgraph.analysis.risk.RiskAnalysis;
import org.riskgraph.analysis.risk.RiskAssessment;
import org.riskgraph.analysis.risk.RiskInputs;
import org.riskgraph.analysis.risk.RiskSettings;
import org.riskgraph.api.web.Browser;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.common.Fields;

/**
 * The printed reports of the seed-42 county (89 villages, two years of events) as a person sees
 * them in headless Chromium: no console errors, Chinese drawn as glyphs, every chart laid out, and
 * a full-page screenshot of each under {@code target/screenshots}. The reports come from the
 * in-memory source over the generated records, which gives the same numbers as the graph source
 * (ReportSourcesIT) without importing the county.
 */
class CountyReportPagesIT {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), Fields.CHINA);
  private static final LocalDate DAY = LocalDate.of(2026, 10, 14);
  private static final Path PAGES = Path.of("target", "report-pages");

  private static County county;
  private static RecordsReportSource source;
  private static Browser browser;

  @BeforeAll
  static void countyAndBrowser() {
    browser = Browser.forFiles();
    county = CountyGenerator.generateEvents(Scale.COUNTY, 42, Plants.ALL);
    source = new RecordsReportSource(CountyRecords.of(county));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void dailySummaryShowsTheDaysIncidentCountInChineseWithItsChart() throws IOException {
    String html =
        ReportRenderer.page(new DailyReportBuilder(source, CLOCK).build(DAY, false), Lang.ZH);

    show("daily-zh", html);

    long reported =
        county.incidents().stream()
            .filter(i -> i.reportedAt().atZoneSameInstant(Fields.CHINA).toLocalDate().equals(DAY))
            .count();
    assertThat(reported).isPositive();
    assertThat(firstCardValue()).isEqualTo(Long.toString(reported));
    assertThat(browser.text()).contains("每日警情汇总通报", "2026年10月14日");
  }

  @Test
  void weeklyBulletinShowsItsRatioPlotsInChinese() throws IOException {
    String html =
        ReportRenderer.page(
            new WeeklyReportBuilder(source, CLOCK).build(IsoWeek.parse("2026-W42"), false),
            Lang.ZH);

    show("weekly-zh", html);

    assertThat(browser.text()).contains("一周警情通报", "与去年同期比", "95%");
    assertThat(visibleCharts()).isEqualTo(3);
  }

  @Test
  void monthlyReportShowsEveryVillageOnTheMapAndItsFindingsInChineseAndEnglish()
      throws IOException {
    RiskInputs inputs = source.riskInputs(LocalDate.of(2026, 11, 30));
    RiskAssessment assessment = new RiskAnalysis(RiskSettings.defaults()).assess(inputs);
    var report =
        new MonthlyReportBuilder(source, CLOCK)
            .build(YearMonth.of(2026, 10), inputs, assessment, false);

    show("monthly-zh", ReportRenderer.page(report, Lang.ZH));

    assertThat(browser.text()).contains("社会治安稳定形势分析报告", "风险等级", "形势研判与对策建议");
    assertThat(report.findings()).isNotEmpty();
    report.findings().forEach(f -> assertThat(browser.text()).contains(f.rule()));
    assertThat(visibleCharts()).isEqualTo(4);
    assertThat(browser.driver().findElements(By.cssSelector("svg circle")))
        .hasSizeGreaterThanOrEqualTo(county.villages().size());

    show("monthly-en", ReportRenderer.page(report, Lang.EN));

    assertThat(browser.text()).contains("Risk level").doesNotContain("社会治安稳定形势分析报告");
  }

  /** Opens the page, checks what every page needs, and saves its screenshot. */
  private static void show(String name, String html) throws IOException {
    Files.createDirectories(PAGES);
    Path file = PAGES.resolve(name + ".html");
    Files.writeString(file, html);
    browser.visit(file);
    assertThat(browser.errors()).as(name + " console").isEmpty();
    if (Browser.chineseFontInstalled()) {
      assertThat(browser.drawsChineseGlyphs("h1")).as(name + " Chinese glyphs").isTrue();
    }
    assertThat(visibleCharts()).as(name + " charts").isPositive();
    Path shot = browser.fullPageScreenshot(name);
    assertThat(Files.size(shot)).as(name + " screenshot").isGreaterThan(20_000);
  }

  /** Charts that are laid out with a size, not merely present in the markup. */
  private static long visibleCharts() {
    return browser.driver().findElements(By.cssSelector("svg")).stream()
        .filter(WebElement::isDisplayed)
        .filter(svg -> svg.getRect().getWidth() > 100 && svg.getRect().getHeight() > 40)
        .count();
  }

  private static String firstCardValue() {
    return browser.driver().findElement(By.cssSelector(".card .value")).getText();
  }
}
