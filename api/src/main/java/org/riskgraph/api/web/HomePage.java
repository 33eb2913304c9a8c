package org.riskgraph.api.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The start page after login: who is logged in and where to go. */
@RestController
class HomePage {

  /** The pages a role may open: the dashboard for leaders and the command hall, reports for all. */
  private static String links(String roles) {
    StringBuilder out = new StringBuilder();
    if (roles.contains("LEADER") || roles.contains("COMMAND")) {
      out.append("<li><a href=\"/ui/dashboard\">风险态势总览 Risk overview</a></li>");
    }
    if (roles.contains("LEADER") || roles.contains("COMMAND") || roles.contains("ANALYST")) {
      out.append("<li><a href=\"/ui/reports/daily\">每日警情汇总通报</a></li>")
          .append("<li><a href=\"/ui/reports/weekly\">一周警情通报</a></li>")
          .append("<li><a href=\"/ui/reports/monthly\">社会治安稳定形势分析报告</a></li>");
    }
    return out.toString();
  }

  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
  String home(Authentication user, HttpServletRequest request) {
    String roles =
        user.getAuthorities().stream()
            .map(a -> a.getAuthority().replace("ROLE_", ""))
            .sorted()
            .reduce((a, b) -> a + ", " + b)
            .orElse("");
    return Page.html(
        "RiskGraph",
        """
        %s
        <main>
          <h1>RiskGraph 风险研判平台</h1>
          <p>当前用户 %s（%s）</p>
          <ul>%s</ul>
        </main>
        """
            .formatted(
                Page.nav(request),
                HtmlUtils.htmlEscape(user.getName()),
                HtmlUtils.htmlEscape(roles),
                links(roles)));
  }
}
