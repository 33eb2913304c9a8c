package org.riskgraph.api.security;

/** The roles of DESIGN.md, "Access and accountability". */
public enum Role {
  ANALYST,
  COMMAND,
  LEADER,
  SUPERVISOR,
  ADMIN
}
