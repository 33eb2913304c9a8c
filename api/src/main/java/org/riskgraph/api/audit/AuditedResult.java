package org.riskgraph.api.audit;

import java.util.List;

/** A response body that names the records it returns, for the audit trail. */
public interface AuditedResult {

  /** Keys of the records returned, as {@code kind:key}. */
  List<String> auditSubjects();

  /** How many records the answer holds. */
  default long auditResultSize() {
    return auditSubjects().size();
  }
}
