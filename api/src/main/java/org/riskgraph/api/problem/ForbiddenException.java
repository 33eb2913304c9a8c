package org.riskgraph.api.problem;

/** The user's roles do not allow the endpoint: answered with 403. */
public final class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
