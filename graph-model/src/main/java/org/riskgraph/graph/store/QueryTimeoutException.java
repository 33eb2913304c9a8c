package org.riskgraph.graph.store;

/**
 * A query gave up: it ran past its transaction timeout, or failed transiently (deadlock, leader
 * switch) beyond the driver's retries.
 */
public final class QueryTimeoutException extends StoreException {

  public QueryTimeoutException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
