package org.riskgraph.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.riskgraph.api.guard.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as a problem detail, with the Basic challenge. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"RiskGraph\"");
    ProblemWriter.write(
        response,
        HttpStatus.UNAUTHORIZED,
        "unauthenticated",
        "Unauthenticated",
        "Log in with your user name and password.");
  }
}
