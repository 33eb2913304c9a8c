package org.riskgraph.api.hotspot;

import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.riskgraph.analysis.hotspot.EmergingHotspotAnalysis;
import org.riskgraph.analysis.hotspot.EmergingHotspots;
import org.riskgraph.analysis.hotspot.EmergingSettings;
import org.riskgraph.analysis.hotspot.EventKind;
import org.riskgraph.analysis.hotspot.EventSelection;
import org.riskgraph.analysis.hotspot.HotspotAnalysis;
import org.riskgraph.analysis.hotspot.HotspotInputs;
import org.riskgraph.analysis.hotspot.HotspotInputsLoader;
import org.riskgraph.analysis.hotspot.HotspotMap;
import org.riskgraph.analysis.hotspot.HotspotSettings;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.graph.common.Fields;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Turns a parsed hotspot query into a selection of events with its defaults filled in, loads the
 * inputs in one read and runs the analysis. Default period: the last complete month in the data and
 * the eleven months before it; default emerging window: 12 months.
 */
@Service
class HotspotService {

  private final HotspotInputsLoader loader;
  private final Clock clock;

  HotspotService(HotspotInputsLoader loader, ObjectProvider<Clock> clock) {
    this.loader = loader;
    this.clock = clock.getIfUnique(() -> Clock.system(Fields.CHINA));
  }

  HotspotResponses.Hotspots hotspots(EventKind kind, HotspotQuery query) {
    HotspotSettings settings = query.settings();
    YearMonth to = query.toMonth().orElseGet(() -> loader.lastCompleteMonth(kind, clock));
    YearMonth from = query.fromMonth().orElse(to.minusMonths(HotspotQuery.DEFAULT_PERIOD - 1));
    EventSelection selection = new EventSelection(kind, query.categoryList(), from, to);
    HotspotInputs inputs = loaded(selection);
    HotspotMap map = new HotspotAnalysis(settings).analyse(inputs.map(), inputs.totals());
    return HotspotResponses.Hotspots.of(selection, map);
  }

  HotspotResponses.Emerging emerging(EventKind kind, HotspotQuery query) {
    HotspotSettings settings = query.settings();
    YearMonth to = query.toMonth().orElseGet(() -> loader.lastCompleteMonth(kind, clock));
    int window = window(query, to);
    EventSelection selection =
        new EventSelection(kind, query.categoryList(), to.minusMonths(window - 1), to);
    HotspotInputs inputs = loaded(selection);
    EmergingHotspots result =
        new EmergingHotspotAnalysis(
                new EmergingSettings(window, settings, EmergingSettings.DEFAULT_TREND_ALPHA))
            .analyse(inputs.map(), inputs.countsByMonth());
    return HotspotResponses.Emerging.of(selection, result);
  }

  /** {@code months}, or the span from {@code from} to {@code to}, or 12; both must agree. */
  private static int window(HotspotQuery query, YearMonth to) {
    var months = query.window(EventSelection.MAX_MONTHS);
    var from = query.fromMonth();
    if (from.isEmpty()) {
      return months.orElse(EmergingSettings.DEFAULT_WINDOW);
    }
    int span = (int) from.get().until(to, ChronoUnit.MONTHS) + 1;
    if (months.isPresent() && months.get() != span) {
      throw BadRequestException.invalid(
          "months", "months: " + months.get() + " does not match from " + from.get() + " to " + to);
    }
    if (span < HotspotQuery.MIN_WINDOW || span > EventSelection.MAX_MONTHS) {
      throw BadRequestException.invalid(
          "from",
          "from: the window from "
              + from.get()
              + " to "
              + to
              + " has "
              + span
              + " months; it must have "
              + HotspotQuery.MIN_WINDOW
              + " to "
              + EventSelection.MAX_MONTHS);
    }
    return span;
  }

  private HotspotInputs loaded(EventSelection selection) {
    HotspotInputs inputs = loader.load(selection);
    if (inputs.map().populatedAreas() < HotspotAnalysis.MIN_AREAS) {
      throw new TooFewVillagesException(inputs.map().populatedAreas());
    }
    return inputs;
  }

  /** The graph holds too few villages with residents for any statistic: answered with 422. */
  static final class TooFewVillagesException extends RuntimeException {

    TooFewVillagesException(int villages) {
      super(
          "the map has "
              + villages
              + " villages with residents; hotspot statistics need at least "
              + HotspotAnalysis.MIN_AREAS);
    }
  }
}
