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
          <p class="note">Pages for the command hall and county leaders are listed here as they are added.</p>
        </main>
        """
            .formatted(
                Page.nav(request),
                HtmlUtils.htmlEscape(user.getName()),
                HtmlUtils.htmlEscape(roles)));
  }
}
