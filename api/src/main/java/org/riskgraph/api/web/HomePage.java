package org.riskgraph.api.web;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login ({@code templates/home.html}): who is logged in and where to go. */
@Controller
class HomePage {

  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
  String home() {
    return "home";
  }
}
