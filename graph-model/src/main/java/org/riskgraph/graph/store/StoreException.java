package org.riskgraph.graph.store;

/**
 * The store refused or failed a query. Thrown by {@link GraphStore} in place of the driver's
 * exceptions, so that nothing outside graph-model needs the driver to tell the cases apart; {@link
 * #code()} is the server's status code when there is one.
 */
public class StoreException extends RuntimeException {

  private final String code;

  public StoreException(String code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  /** The server's status code, e.g. {@code Neo.ClientError.Schema.ConstraintValidationFailed}. */
  public String code() {
    return code;
  }
}
