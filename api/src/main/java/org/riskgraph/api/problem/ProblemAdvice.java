package org.riskgraph.api.problem;

import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.store.QueryTimeoutException;
import org.riskgraph.graph.store.StoreException;
import org.riskgraph.graph.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem detail with a stable type. Nothing internal — no stack trace,
 * no Cypher, no store message — reaches the client; the log keeps it.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  @ExceptionHandler
  ProblemDetail unknownEntity(UnknownEntityException e) {
    ProblemDetail problem =
        Problems.of(HttpStatus.NOT_FOUND, "unknown-entity", "Unknown entity", e.getMessage());
    problem.setProperty("entity", e.entity());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail illegalTransition(org.riskgraph.graph.instruction.IllegalTransitionException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.CONFLICT, "illegal-transition", "Illegal transition", e.getMessage());
    problem.setProperty("from", e.from().name());
    problem.setProperty("to", e.to().name());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail forbidden(org.riskgraph.api.problem.ForbiddenException e) {
    return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
  }

  @ExceptionHandler
  ProblemDetail purposeRequired(org.riskgraph.api.problem.PurposeRequiredException e) {
    ProblemDetail problem =
        Problems.of(HttpStatus.BAD_REQUEST, "purpose-required", "Purpose required", e.getMessage());
    problem.setProperty("parameter", e.header());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail invalidField(InvalidFieldException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", e.getMessage());
    problem.setProperty("parameter", e.field());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail badRequest(BadRequestException e) {
    ProblemDetail problem =
        Problems.of(HttpStatus.BAD_REQUEST, e.type(), "Bad request", e.getMessage());
    problem.setProperty("parameter", e.parameter());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail storeBusy(QueryTimeoutException e) {
    log.warn("Query gave up: {}", e.code());
    return Problems.of(
        HttpStatus.SERVICE_UNAVAILABLE,
        "query-timeout",
        "Query took too long",
        "The query was stopped by its time limit; narrow it and try again.");
  }

  @ExceptionHandler
  ProblemDetail storeDown(StoreUnavailableException e) {
    log.error("Store unavailable", e);
    return Problems.of(
        HttpStatus.SERVICE_UNAVAILABLE,
        "store-unavailable",
        "Store unavailable",
        "Try again later.");
  }

  @ExceptionHandler
  ProblemDetail storeRefused(StoreException e) {
    log.error("Store refused a query: {}", e.code(), e);
    return Problems.of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal",
        "Internal error",
        "The request could not be served.");
  }

  @ExceptionHandler
  ProblemDetail unexpected(RuntimeException e) {
    log.error("Unexpected error", e);
    return Problems.of(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal",
        "Internal error",
        "The request could not be served.");
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    // Spring's own MVC errors (missing parameter, unreadable body, …) keep their status but get
    // our type and never echo parser internals.
    ProblemDetail problem =
        Problems.of(
            HttpStatus.valueOf(status.value()),
            status.value() == 400 ? "invalid-request" : "http-" + status.value(),
            HttpStatus.valueOf(status.value()).getReasonPhrase(),
            safeDetail(ex, status));
    return super.handleExceptionInternal(ex, problem, headers, status, request);
  }

  private static String safeDetail(Exception ex, HttpStatusCode status) {
    if (ex instanceof org.springframework.web.bind.MissingServletRequestParameterException m) {
      return "missing parameter '" + m.getParameterName() + "'";
    }
    if (ex instanceof org.springframework.http.converter.HttpMessageNotReadableException) {
      return "the request body could not be read as JSON of the expected shape";
    }
    if (ex
        instanceof
        org.springframework.web.method.annotation.MethodArgumentTypeMismatchException t) {
      return "parameter '" + t.getName() + "' has the wrong type";
    }
    return HttpStatus.valueOf(status.value()).getReasonPhrase();
  }
}
