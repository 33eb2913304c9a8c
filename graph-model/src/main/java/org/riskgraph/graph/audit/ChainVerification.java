package org.riskgraph.graph.audit;

import java.util.Optional;

/**
 * The result of checking the audit chain.
 *
 * @param entries how many entries were checked
 * @param brokenAt the sequence number of the first entry where the chain breaks
 * @param reason what is wrong there
 */
public record ChainVerification(
    boolean ok, long entries, Optional<Long> brokenAt, Optional<String> reason) {

  static ChainVerification intact(long entries) {
    return new ChainVerification(true, entries, Optional.empty(), Optional.empty());
  }

  static ChainVerification broken(long entries, long seq, String reason) {
    return new ChainVerification(false, entries, Optional.of(seq), Optional.of(reason));
  }
}
