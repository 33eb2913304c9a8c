package org.riskgraph.graph.store;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/** Turns the driver's exceptions into graph-model ones at the store's boundary. */
final class StoreExceptions {

  private StoreExceptions() {}

  static StoreException translate(Neo4jException e) {
    String code = e.code();
    if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
      return new StoreUnavailableException(code, e.getMessage(), e);
    }
    if (e instanceof TransientException
        || (e instanceof ClientException && code != null && code.contains("TransactionTimedOut"))) {
      return new QueryTimeoutException(code, e.getMessage(), e);
    }
    return new StoreException(code, e.getMessage(), e);
  }
}
