package org.riskgraph.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.riskgraph.api.params.ParameterProblems;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.api.problem.ForbiddenException;
import org.riskgraph.api.problem.PurposeRequiredException;
import org.riskgraph.api.problem.UnknownEntityException;
import org.riskgraph.api.security.Access;
import org.riskgraph.graph.common.InvalidFieldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal or an error under {@code /ui/} is a page ({@code templates/error.html}): what went
 * wrong, for a refusal the roles that may open the page, and the way home. Elsewhere it declines,
 * and the API answers with a problem detail as always.
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

  private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1; // after Boot's DefaultErrorAttributes, before advice
  }

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/ui/")) {
      return null;
    }
    ProblemDetail parameter = ParameterProblems.of(ex, request);
    HttpStatus status = parameter != null ? HttpStatus.valueOf(parameter.getStatus()) : status(ex);
    if (status.is5xxServerError()) {
      log.error("Page {} failed", request.getRequestURI(), ex);
    }
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject(
        "detail",
        parameter != null ? parameter.getDetail() : status.is5xxServerError() ? null : detail(ex));
    page.addObject("needed", ex instanceof ForbiddenException ? needed(handler) : List.of());
    page.addObject("languages", Languages.of(request));
    return page;
  }

  private static HttpStatus status(Exception ex) {
    return switch (ex) {
      case ForbiddenException e -> HttpStatus.FORBIDDEN;
      case UnknownEntityException e -> HttpStatus.NOT_FOUND;
      case BadRequestException e -> HttpStatus.BAD_REQUEST;
      case InvalidFieldException e -> HttpStatus.BAD_REQUEST;
      case PurposeRequiredException e -> HttpStatus.BAD_REQUEST;
      case ErrorResponse e -> HttpStatus.valueOf(e.getStatusCode().value());
      default -> HttpStatus.INTERNAL_SERVER_ERROR;
    };
  }

  private static String detail(Exception ex) {
    return ex instanceof ErrorResponse e ? e.getBody().getDetail() : ex.getMessage();
  }

  /** The roles of the page's access rule. */
  private static List<String> needed(Object handler) {
    if (handler instanceof HandlerMethod method && method.hasMethodAnnotation(Access.class)) {
      return Arrays.stream(method.getMethodAnnotation(Access.class).value())
          .map(Enum::name)
          .toList();
    }
    return List.of();
  }
}
