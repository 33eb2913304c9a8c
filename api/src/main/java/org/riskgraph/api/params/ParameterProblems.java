package org.riskgraph.api.params;

import jakarta.servlet.http.HttpServletRequest;
import org.riskgraph.api.problem.Problems;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A parameter that is missing or of the wrong shape: {@code /problems/invalid-parameter} with the
 * parameter's name in {@code parameter} and the type's one message, e.g. {@code month: a month
 * looks like 2026-10 (was '2026-13')}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ParameterProblems {

  /**
   * The problem of a parameter that is missing or of the wrong shape; null for any other exception.
   * Pages show the same detail ({@code PageErrors}).
   */
  public static ProblemDetail of(Exception e, HttpServletRequest request) {
    return switch (e) {
      case MethodArgumentTypeMismatchException m -> wrongType(m);
      case MissingServletRequestParameterException m -> missing(m);
      case BindException b -> notBound(b);
      default -> null;
    };
  }

  @ExceptionHandler({
    MethodArgumentTypeMismatchException.class,
    MissingServletRequestParameterException.class,
    BindException.class
  })
  ProblemDetail handle(Exception e, HttpServletRequest request) {
    return of(e, request);
  }

  private static ProblemDetail wrongType(MethodArgumentTypeMismatchException e) {
    return invalid(e.getName(), e, e.getValue());
  }

  private static ProblemDetail missing(MissingServletRequestParameterException e) {
    return invalid(e.getParameterName(), e.getParameterName() + ": is required");
  }

  /** Parameters bound to a record ({@code HotspotQuery}): the first field that did not convert. */
  private static ProblemDetail notBound(BindException e) {
    FieldError error = e.getFieldError();
    if (error == null) {
      return invalid("request", "the parameters could not be read");
    }
    TypeMismatchException mismatch =
        error.contains(TypeMismatchException.class)
            ? error.unwrap(TypeMismatchException.class)
            : null;
    return mismatch == null
        ? invalid(error.getField(), error.getField() + ": " + error.getDefaultMessage())
        : invalid(error.getField(), mismatch, error.getRejectedValue());
  }

  private static ProblemDetail invalid(String parameter, Throwable e, Object value) {
    ParameterFormatException ours = cause(e);
    String shape = ours != null ? ours.getMessage() : "is not a valid value";
    String was = String.valueOf(value);
    was = was.length() > 80 ? was.substring(0, 80) + "…" : was;
    return invalid(parameter, parameter + ": " + shape + " (was '" + was + "')");
  }

  private static ProblemDetail invalid(String parameter, String detail) {
    ProblemDetail problem =
        Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail);
    problem.setProperty("parameter", parameter);
    return problem;
  }

  private static ParameterFormatException cause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ParameterFormatException p) {
        return p;
      }
    }
    return null;
  }
}
