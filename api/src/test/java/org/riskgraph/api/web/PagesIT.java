package org.riskgraph.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;
import org.riskgraph.api.TinyCounty;

/**
 * The pages from their templates, on the tiny county: every page of every role in both languages
 * with all its messages, the language remembered in a cookie, and refusals and errors under {@code
 * /ui/} as pages while the API keeps answering with problem details.
 */
class PagesIT extends ApiTestBase {

  private static final Map<String, List<String>> PAGES_OF =
      Map.of(
          "leader",
          List.of(
              "/",
              "/ui/dashboard",
              "/ui/reports/daily",
              "/ui/reports/weekly",
              "/ui/reports/monthly"),
          "command",
          List.of("/", "/ui/dashboard", "/ui/reports/monthly?month=2026-10"),
          "analyst",
          List.of("/", "/ui/reports/daily", "/ui/reports/weekly?week=2026-W42"),
          "supervisor",
          List.of("/"));

  @BeforeEach
  void tinyCounty() {
    TinyCounty.ensureLoaded(this);
  }

  @Test
  void everyPageOfEveryRoleHasAllItsMessagesInBothLanguages() {
    for (String lang : List.of("zh", "en")) {
      PageClient anonymous = new PageClient(port);
      assertPage(anonymous.get("/login?lang=" + lang), 200);
      for (Map.Entry<String, List<String>> role : PAGES_OF.entrySet()) {
        PageClient browser = new PageClient(port).login(role.getKey(), "demo");
        for (String path : role.getValue()) {
          String sep = path.contains("?") ? "&" : "?";
          assertPage(browser.get(path + sep + "lang=" + lang), 200);
        }
        assertPage(browser.get("/ui/no-such-page?lang=" + lang), 404);
      }
      PageClient analyst = new PageClient(port).login("analyst", "demo");
      assertPage(analyst.get("/ui/dashboard?lang=" + lang), 403);
      assertPage(analyst.get("/ui/reports/monthly?month=2026-13&lang=" + lang), 400);
    }
  }

  @Test
  void aRefusalUnderUiIsAPageNamingTheRolesThatMayOpenIt() {
    HttpResponse<String> refused =
        new PageClient(port).login("analyst", "demo").get("/ui/dashboard");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(refused.body())
        .contains("无权访问", "您的角色不能打开此页面", "县局领导", "情指中心", "返回首页", "href=\"/\"")
        .doesNotContain("/problems/", "情报研判</b>");
  }

  @Test
  void theSameRefusalUnderApiIsAProblemDetailWhateverTheClientAccepts() {
    for (String accept : List.of("application/json", "text/html", "*/*")) {
      ApiClient.Response refused =
          api.get("/api/v1/reports/monthly?month=2026-10", "supervisor", "Accept", accept);

      assertThat(refused.status()).as(accept).isEqualTo(403);
      assertThat(refused.header("Content-Type")).as(accept).startsWith("application/problem+json");
      assertThat(refused.json().at("/type").asString()).isEqualTo("/problems/forbidden");
    }
  }

  @Test
  void aBadParameterOrAnUnknownPageUnderUiIsAPageToo() {
    PageClient browser = new PageClient(port).login("leader", "demo");

    HttpResponse<String> badMonth = browser.get("/ui/reports/monthly?month=2026-13");
    HttpResponse<String> unknown = browser.get("/ui/no-such-page");

    assertThat(badMonth.statusCode()).isEqualTo(400);
    assertThat(badMonth.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(badMonth.body()).contains("请求有误", "month", "返回首页");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("页面不存在", "返回首页");
  }

  @Test
  void theLanguageChosenIsRememberedInACookieAndTheSwitchKeepsThePagesParameters() {
    PageClient browser = new PageClient(port).login("leader", "demo");

    HttpResponse<String> chinese = browser.get("/ui/reports/monthly?month=2026-10");
    HttpResponse<String> english = browser.get("/?lang=en");
    HttpResponse<String> stillEnglish = browser.get("/ui/reports/monthly?month=2026-10");
    HttpResponse<String> backToChinese = browser.get("/?lang=zh");

    assertThat(chinese.body())
        .contains("社会治安稳定形势分析报告", "href=\"/ui/reports/monthly?month=2026-10&amp;lang=en\"");
    assertThat(english.headers().allValues("Set-Cookie"))
        .anyMatch(c -> c.startsWith("riskgraph-lang=en"));
    assertThat(english.body())
        .contains("Logged in as", "Pages you may open")
        .doesNotContain("当前用户");
    assertThat(stillEnglish.body())
        .contains("Social stability situation report", "lang=\"en\"")
        .doesNotContain("社会治安稳定形势分析报告");
    assertThat(backToChinese.body()).contains("当前用户", "lang=\"zh-CN\"");
  }

  private static void assertPage(HttpResponse<String> page, int status) {
    String where = page.uri().toString();
    assertThat(page.statusCode()).as(where).isEqualTo(status);
    assertThat(page.headers().firstValue("Content-Type").orElse(""))
        .as(where)
        .startsWith("text/html");
    assertThat(page.body()).as(where).contains("</html>").doesNotContain("??");
  }
}
