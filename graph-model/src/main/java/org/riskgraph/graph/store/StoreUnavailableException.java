package org.riskgraph.graph.store;

/** The store cannot be reached (server down, cluster without a leader, connections exhausted). */
public final class StoreUnavailableException extends StoreException {

  public StoreUnavailableException(String code, String message, Throwable cause) {
    super(code, message, cause);
  }
}
