package org.riskgraph.api.security;

/** A person-level read without an acceptable stated purpose: answered with 400. */
public final class PurposeRequiredException extends RuntimeException {

  public PurposeRequiredException() {
    super(
        "state the purpose of this person-level read in the X-Purpose header: a case number or a reason of at least 8 characters");
  }
}
