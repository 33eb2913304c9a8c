package org.riskgraph.analysis.hotspot;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.dispute.DisputeCategory;
import org.riskgraph.graph.dispute.DisputeRepository;
import org.riskgraph.graph.incident.IncidentCategory;
import org.riskgraph.graph.incident.IncidentRepository;
import org.riskgraph.graph.snapshot.EventCounts;
import org.riskgraph.graph.snapshot.EventCountsReader;
import org.riskgraph.graph.store.GraphStore;
import org.riskgraph.graph.village.VillageMonthCount;

/**
 * Reads the inputs of a hotspot analysis from the graph in one read transaction ({@link
 * EventCountsReader}): the villages (code, name, population, coordinates), their {@code
 * ADJACENT_TO} pairs, and the selected events counted per village and Asia/Shanghai calendar month
 * by one aggregating query, so that map and counts come from the same snapshot.
 */
public final class HotspotInputsLoader implements HotspotSource {

  private final EventCountsReader counts;
  private final IncidentRepository incidents;
  private final DisputeRepository disputes;

  public HotspotInputsLoader(GraphStore store) {
    this.counts = new EventCountsReader(store);
    this.incidents = new IncidentRepository(store);
    this.disputes = new DisputeRepository(store);
  }

  public HotspotInputs load(EventSelection selection) {
    List<YearMonth> months = selection.months();
    EventCounts read =
        selection.kind() == EventKind.DISPUTES
            ? counts.disputes(
                months, selection.categories().stream().map(DisputeCategory::valueOf).toList())
            : counts.incidents(
                months, selection.categories().stream().map(IncidentCategory::valueOf).toList());
    SortedMap<YearMonth, Map<String, Long>> byMonth = new TreeMap<>();
    months.forEach(month -> byMonth.put(month, new HashMap<>()));
    for (VillageMonthCount count : read.counts()) {
      byMonth.get(count.month()).put(count.villageCode(), count.count());
    }
    return new HotspotInputs(
        AreaMap.fromVillages(read.villages(), read.adjacency()), selection, byMonth);
  }

  @Override
  public HotspotInputs hotspotInputs(EventSelection selection) {
    return load(selection);
  }

  /**
   * The last complete month in the data: the month of the latest event of the kind, or the month
   * before the current one (Asia/Shanghai) if the latest event lies in the current month or later —
   * a month still running is not complete. Without any event, the month before the current one.
   */
  public YearMonth lastCompleteMonth(EventKind kind, Clock clock) {
    YearMonth lastEnded = YearMonth.now(clock.withZone(Fields.CHINA)).minusMonths(1);
    Optional<YearMonth> latest = latestEventMonth(kind);
    return latest.filter(m -> m.isBefore(lastEnded)).orElse(lastEnded);
  }

  /** The Asia/Shanghai month of the latest event of the kind, if there is any. */
  public Optional<YearMonth> latestEventMonth(EventKind kind) {
    return (kind == EventKind.DISPUTES ? disputes.latestOpenedAt() : incidents.latestReportedAt())
        .map(YearMonth::from);
  }
}
