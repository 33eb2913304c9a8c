package org.riskgraph.analysis.hotspot;

import java.time.YearMonth;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a hotspot request reads from the graph: the map and, for every month of the selection, the
 * number of selected events per village (a village without events that month is absent). Every
 * month of the selection is present, so the emerging analysis can take the series as it is.
 */
public record HotspotInputs(
    AreaMap map, EventSelection selection, SortedMap<YearMonth, Map<String, Long>> countsByMonth) {

  public HotspotInputs {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(selection, "selection");
    List<YearMonth> months = selection.months();
    if (!countsByMonth.keySet().equals(new TreeSet<>(months))) {
      throw new IllegalArgumentException(
          "counts must cover exactly the months " + months + ", got " + countsByMonth.keySet());
    }
    SortedMap<YearMonth, Map<String, Long>> copy = new TreeMap<>();
    countsByMonth.forEach((month, counts) -> copy.put(month, Map.copyOf(counts)));
    countsByMonth = Collections.unmodifiableSortedMap(copy);
  }

  /** Events per village over the whole period. */
  public Map<String, Long> totals() {
    Map<String, Long> totals = new HashMap<>();
    countsByMonth.values().forEach(m -> m.forEach((code, n) -> totals.merge(code, n, Long::sum)));
    return totals;
  }
}
