package org.riskgraph.analysis.products;

import java.time.YearMonth;
import java.util.List;

/**
 * A village's risk in a month: its score, level and rank among the villages, what drove it, and its
 * dispute-hotspot status (Gi* class of the three months ending with the month, months running,
 * emerging pattern over twelve). Fields are null where the month has no score.
 */
public record VillageContext(
    String code,
    String name,
    String townshipName,
    YearMonth month,
    Double score,
    String level,
    Integer rank,
    Integer of,
    List<String> drivers,
    String hotspotClass,
    Integer hotMonthsRunning,
    String emergingPattern) {

  public VillageContext {
    drivers = drivers == null ? List.of() : List.copyOf(drivers);
  }
}
