package org.riskgraph.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Writes the audit entry of an audited request after its answer is computed and before it is sent,
 * with the subjects the answer names. If the entry cannot be written, the exception stops the
 * answer.
 */
@ControllerAdvice
class AuditResponseAdvice implements ResponseBodyAdvice<Object> {

  private final AuditTrail audit;

  AuditResponseAdvice(AuditTrail audit) {
    this.audit = audit;
  }

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (!(request instanceof ServletServerHttpRequest servlet)) {
      return body;
    }
    HttpServletRequest http = servlet.getServletRequest();
    AuditContext.of(http)
        .filter(context -> !context.written())
        .ifPresent(
            context -> {
              if (body instanceof AuditedResult result) {
                audit.requestAnswered(
                    context, "200", result.auditSubjects(), result.auditResultSize());
              } else if (body instanceof org.springframework.http.ProblemDetail problem) {
                audit.requestAnswered(context, Integer.toString(problem.getStatus()), List.of(), 0);
              } else {
                audit.requestAnswered(
                    context,
                    "200",
                    List.of(),
                    body instanceof java.util.Collection<?> c ? c.size() : 1);
              }
            });
    return body;
  }
}
