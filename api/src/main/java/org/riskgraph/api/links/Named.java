package org.riskgraph.api.links;

import java.time.OffsetDateTime;
import java.util.Map;
import org.riskgraph.analysis.links.Evidence;
import org.riskgraph.graph.entity.EntityRef;

/** JSON pieces shared by the link responses. */
final class Named {

  private Named() {}

  /** An entity with its display name. */
  record Entity(String ref, String name) {
    static Entity of(EntityRef ref, String name) {
      return new Entity(ref.toString(), name);
    }
  }

  /** One relationship and its evidence; {@code at}/{@code until} null when it has none. */
  record Hop(
      String from,
      String to,
      String type,
      OffsetDateTime at,
      OffsetDateTime until,
      String source,
      boolean derived,
      String sentence,
      Map<String, Object> details) {

    static Hop of(Evidence e) {
      return new Hop(
          e.from().toString(),
          e.to().toString(),
          e.type().name(),
          e.at().orElse(null),
          e.until().orElse(null),
          e.source(),
          e.derived(),
          e.sentence(),
          e.details());
    }
  }
}
