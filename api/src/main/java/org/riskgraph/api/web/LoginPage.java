package org.riskgraph.api.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The login form for the web pages, in Chinese with English beside it. */
@RestController
class LoginPage {

  @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
  String login(HttpServletRequest request) {
    CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String message = "";
    if (request.getParameter("error") != null) {
      message =
          "<p class='error'>用户名或密码错误，或尝试次数过多，请稍后再试。<br>Wrong user name or password, or too many attempts.</p>";
    } else if (request.getParameter("logout") != null) {
      message = "<p class='info'>已退出。 Logged out.</p>";
    }
    return Page.html(
        "登录 · RiskGraph",
        """
        <main class="login">
          <h1>RiskGraph 风险研判平台</h1>
          %s
          <form method="post" action="/login">
            <label>用户名 User <input name="username" autocomplete="username" required autofocus></label>
            <label>密码 Password <input name="password" type="password" autocomplete="current-password" required></label>
            <input type="hidden" name="%s" value="%s">
            <button type="submit">登录 Log in</button>
          </form>
          <p class="note">所有查询均记入审计日志。 Every query is written to the audit trail.</p>
        </main>
        """
            .formatted(
                message,
                HtmlUtils.htmlEscape(token.getParameterName()),
                HtmlUtils.htmlEscape(token.getToken())));
  }
}
