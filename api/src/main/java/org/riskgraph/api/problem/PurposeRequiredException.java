package org.riskgraph.api.problem;

/** A person-level read without an acceptable stated purpose: answered with 400. */
public final class PurposeRequiredException extends RuntimeException {

  private final String header;

  /**
   * @param header the request header the purpose is stated in
   */
  public PurposeRequiredException(String header) {
    super(
        "state the purpose of this person-level read in the "
            + header
            + " header: a case number or a reason of at least 8 characters");
    this.header = header;
  }

  /** The request header the purpose is stated in. */
  public String header() {
    return header;
  }
}
