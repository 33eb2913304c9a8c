package org.riskgraph.analysis.products;

import java.time.OffsetDateTime;
import org.neo4j.driver.Value;

/** Mapping helpers for the products' queries. */
final class Values {

  private Values() {}

  static OffsetDateTime time(Value value) {
    return value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime();
  }
}
