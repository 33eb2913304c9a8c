package org.riskgraph.analysis.risk;

import org.riskgraph.analysis.forecast.ForecastKind;
import org.riskgraph.analysis.forecast.VillageCounts;

/**
 * The village × month counts a forecast is fitted on, taken from the risk inputs so that the
 * forecast and the scores read the same data: all incidents, serious ones (severity 3 and 4, as in
 * the daily report), or disputes opened.
 */
public final class ForecastCounts {

  /** Incidents of this severity and above are serious. */
  static final int SERIOUS = 3;

  private ForecastCounts() {}

  public static VillageCounts of(RiskInputs inputs, ForecastKind kind) {
    int months = inputs.monthCount();
    int villages = inputs.villages().size();
    int[][] counts = new int[months][villages];
    for (int v = 0; v < villages; v++) {
      for (int t = 0; t < months; t++) {
        counts[t][v] = count(inputs.at(v, t), kind);
      }
    }
    return new VillageCounts(
        kind, inputs.firstMonth(), inputs.villages(), inputs.adjacency(), counts);
  }

  static int count(VillageMonth at, ForecastKind kind) {
    return switch (kind) {
      case INCIDENTS -> at.incidents();
      case SERIOUS_INCIDENTS -> {
        int serious = 0;
        for (int s = SERIOUS; s <= 4; s++) {
          serious += at.incidentsBySeverity().get(s - 1);
        }
        yield serious;
      }
      case DISPUTES -> at.newDisputes();
    };
  }
}
