package org.riskgraph.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.riskgraph.graph.audit.AuditAction;

/**
 * The access rule of an endpoint. Every handler method must carry one: a request to an endpoint
 * without a rule is refused, and a test fails the build for it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Access {

  /** The roles that may call the endpoint. */
  Role[] value();

  /**
   * Whether the endpoint returns person-level records: it then needs a stated purpose ({@code
   * X-Purpose}) and is never open to LEADER.
   */
  boolean personLevel() default false;

  /** What to write to the audit trail; empty for endpoints that are not audited. */
  AuditAction[] audit() default {};
}
