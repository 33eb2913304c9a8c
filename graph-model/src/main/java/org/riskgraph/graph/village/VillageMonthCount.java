package org.riskgraph.graph.village;

import java.time.YearMonth;
import java.util.List;
import org.neo4j.driver.Record;

/** How many events of a selection a village had in an Asia/Shanghai month. */
public record VillageMonthCount(String villageCode, YearMonth month, long count) {

  /** A row {@code code, month, events} whose month is an index into {@code months}. */
  public static VillageMonthCount of(Record row, List<YearMonth> months) {
    return new VillageMonthCount(
        row.get("code").asString(),
        months.get(row.get("month").asInt()),
        row.get("events").asLong());
  }
}
