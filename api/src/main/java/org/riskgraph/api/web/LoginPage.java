package org.riskgraph.api.web;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form of the web pages ({@code templates/login.html}); the form posts to Security. */
@Controller
class LoginPage {

  @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
  String login() {
    return "login";
  }
}
