package org.riskgraph.api.problem;

/** A single resource that the client named does not exist: answered with 404. */
public final class UnknownEntityException extends RuntimeException {

  private final String entity;

  public UnknownEntityException(String entity) {
    super("no such entity: " + entity);
    this.entity = entity;
  }

  public String entity() {
    return entity;
  }
}
