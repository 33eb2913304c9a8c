package org.riskgraph.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.api.TinyCounty;
import org.riskgraph.fixtures.County;
import org.riskgraph.graph.person.Person;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;

/** The dashboard as a leader and a commander see it in Chromium, on the tiny county. */
class DashboardPageIT extends ApiTestBase {

  private County county;

  @BeforeEach
  void tinyCounty() {
    TinyCounty.ensureLoaded(this);
    county = TinyCounty.county();
  }

  @Test
  void leaderSeesTheTownshipChartAndHotspotsButNoPersonAndOpensTheMonthlyReport() {
    try (Browser browser = Browser.open(port)) {
      browser.login("leader", "demo");
      assertThat(browser.text()).contains("风险态势总览");

      browser.go("/ui/dashboard");

      String text = browser.text();
      assertThat(text).contains("风险态势总览", "全县风险指数", "乡镇风险等级", "矛盾纠纷热点", "不含个人信息");
      for (Township township : county.townships()) {
        assertThat(text).contains(township.name());
      }
      assertThat(chartsShown(browser)).isGreaterThanOrEqualTo(2);
      assertThat(browser.driver().findElements(By.cssSelector("svg circle")))
          .hasSizeGreaterThanOrEqualTo(county.villages().size());
      assertThat(personNamesIn(text)).isEmpty();
      if (Browser.chineseFontInstalled()) {
        assertThat(browser.drawsChineseGlyphs("h1")).isTrue();
      }
      assertThat(browser.errors()).isEmpty();
      browser.fullPageScreenshot("dashboard-leader");

      browser.driver().findElement(By.linkText("社会治安稳定形势分析报告")).click();

      assertThat(browser.path()).isEqualTo("/ui/reports/monthly");
      assertThat(browser.text()).contains("社会治安稳定形势分析报告", "不含个人信息");
      assertThat(chartsShown(browser)).isEqualTo(4);
      assertThat(personNamesIn(browser.text())).isEmpty();
      assertThat(browser.errors()).isEmpty();
      browser.fullPageScreenshot("report-page-monthly");

      browser.driver().findElement(By.linkText("English")).click();

      assertThat(browser.path()).isEqualTo("/ui/reports/monthly?lang=en");
      assertThat(browser.text()).contains("Social stability situation report", "Risk levels");
      assertThat(chartsShown(browser)).isEqualTo(4);
      assertThat(browser.errors()).isEmpty();
      browser.go("/ui/dashboard");
      assertThat(browser.text()).as("the cookie keeps English").contains("Risk overview");
      browser.driver().findElement(By.linkText("中文")).click();
      assertThat(browser.text()).contains("风险态势总览");
    }
  }

  @Test
  void commandHallOpensEveryReportFromTheDashboardAndAnAnalystMayNotSeeIt() {
    try (Browser browser = Browser.open(port)) {
      browser.login("command", "demo").go("/ui/dashboard");
      assertThat(chartsShown(browser)).isGreaterThanOrEqualTo(2);

      for (String link : List.of("每日警情汇总通报", "一周警情通报")) {
        browser.go("/ui/dashboard");
        browser.driver().findElement(By.linkText(link)).click();
        assertThat(browser.text()).as(link).contains(link);
        assertThat(chartsShown(browser)).as(link).isPositive();
        assertThat(browser.errors()).as(link).isEmpty();
      }

      browser.go("/").logout().login("analyst", "demo").go("/ui/dashboard");
      assertThat(browser.text()).contains("无权访问", "县局领导", "情指中心").doesNotContain("problems");
      browser.screenshot("refused-analyst");
      browser.driver().findElement(By.linkText("返回首页")).click();
      assertThat(browser.path()).isEqualTo("/");
    }
  }

  private static long chartsShown(Browser browser) {
    return browser.driver().findElements(By.cssSelector("svg")).stream()
        .filter(WebElement::isDisplayed)
        .filter(svg -> svg.getRect().getWidth() > 100 && svg.getRect().getHeight() > 40)
        .count();
  }

  /** Names of the county's residents found in the text, leaving out any that is also a place. */
  private List<String> personNamesIn(String text) {
    List<String> places =
        county.villages().stream().map(Village::name).collect(java.util.stream.Collectors.toList());
    county.townships().forEach(t -> places.add(t.name()));
    return county.persons().stream()
        .map(Person::name)
        .filter(name -> name.length() >= 2)
        .filter(name -> places.stream().noneMatch(place -> place.contains(name)))
        .filter(text::contains)
        .distinct()
        .toList();
  }
}
