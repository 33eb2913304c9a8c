package org.riskgraph.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.riskgraph.api.ApiClient;
import org.riskgraph.api.ApiTestBase;

class LoginPageIT extends ApiTestBase {

  @Test
  void pagesNeedALoginAndTheApiStaysBasicOnly() {
    ApiClient.Response home = api.get("/", null);
    assertThat(home.status()).isEqualTo(302);
    assertThat(home.header("Location")).endsWith("/login");

    ApiClient.Response login = api.get("/login", null);
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.body()).contains("登录").contains("_csrf");
    assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'");

    assertThat(api.get("/api/v1/stats", null).status()).isEqualTo(401);
    assertThat(api.get("/api/v1/stats", null).header("Set-Cookie")).isNull();
  }

  @Test
  void aPersonLogsInThroughTheFormInChromium() {
    try (Browser browser = Browser.open(port)) {
      browser.login("leader", "wrong");
      assertThat(browser.path()).startsWith("/login?error");
      assertThat(browser.text()).contains("用户名或密码错误");
      assertThat(browser.errors()).isEmpty();
      browser.screenshot("login");

      browser.login("leader", "demo");
      assertThat(browser.path()).isEqualTo("/");
      assertThat(browser.text()).contains("RiskGraph 风险研判平台").contains("leader");
      browser.screenshot("home");
      assertThat(browser.errors()).isEmpty();

      browser.logout();
      assertThat(browser.path()).startsWith("/login?logout");
    }
  }
}
