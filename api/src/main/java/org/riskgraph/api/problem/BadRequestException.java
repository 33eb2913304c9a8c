package org.riskgraph.api.problem;

/** A request parameter or body that cannot be served, with the parameter to blame. */
public final class BadRequestException extends RuntimeException {

  private final String type;
  private final String parameter;

  public BadRequestException(String type, String parameter, String message) {
    super(message);
    this.type = type;
    this.parameter = parameter;
  }

  public static BadRequestException invalid(String parameter, String message) {
    return new BadRequestException("invalid-parameter", parameter, message);
  }

  public String type() {
    return type;
  }

  public String parameter() {
    return parameter;
  }
}
