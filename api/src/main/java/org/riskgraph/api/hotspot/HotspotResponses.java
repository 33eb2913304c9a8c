package org.riskgraph.api.hotspot;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.YearMonth;
import java.util.List;
import org.riskgraph.analysis.hotspot.EmergingHotspots;
import org.riskgraph.analysis.hotspot.EmergingVillage;
import org.riskgraph.analysis.hotspot.EventSelection;
import org.riskgraph.analysis.hotspot.ExcludedArea;
import org.riskgraph.analysis.hotspot.GlobalMoran;
import org.riskgraph.analysis.hotspot.HotspotMap;
import org.riskgraph.analysis.hotspot.HotspotMethod;
import org.riskgraph.analysis.hotspot.VillageHotspot;
import org.riskgraph.graph.common.Fields;

/** The JSON answers of the hotspot endpoints. */
final class HotspotResponses {

  private HotspotResponses() {}

  /** One period: every analysed village, the excluded ones, global Moran's I, the method. */
  record Hotspots(
      List<VillageHotspot> villages,
      List<ExcludedArea> excluded,
      GlobalMoran globalMoranI,
      Method method) {

    static Hotspots of(EventSelection selection, HotspotMap map) {
      return new Hotspots(
          map.villages(),
          map.excluded(),
          map.globalMoranI(),
          Method.of(selection, map.method(), null, null));
    }
  }

  /** Month by month: the window's months, each village's pattern, the excluded ones, the method. */
  record Emerging(
      List<String> months,
      List<EmergingVillage> villages,
      List<ExcludedArea> excluded,
      Method method) {

    static Emerging of(EventSelection selection, EmergingHotspots result) {
      return new Emerging(
          result.months().stream().map(YearMonth::toString).toList(),
          result.villages(),
          result.excluded(),
          Method.of(selection, result.monthlyMethod(), result.windowMonths(), result.trendAlpha()));
    }
  }

  /**
   * What was counted (kind, time field, months in Asia/Shanghai, categories) and how it was
   * computed, in the request's own spelling where there is one, so that a reader can repeat it.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Method(
      String events,
      String countedBy,
      String timeZone,
      String from,
      String to,
      List<String> categories,
      String measure,
      String weights,
      String weightsDescription,
      int permutations,
      long seed,
      String classBy,
      String fdr,
      String localMoranOn,
      Integer windowMonths,
      Double trendAlpha,
      String formulasVersion) {

    static Method of(
        EventSelection selection, HotspotMethod method, Integer windowMonths, Double trendAlpha) {
      return new Method(
          selection.kind().text(),
          selection.kind().timeField(),
          Fields.CHINA.getId(),
          selection.from().toString(),
          selection.to().toString(),
          selection.categories(),
          method.measure().text(),
          method.weights(),
          method.weightsDescription(),
          method.permutations(),
          method.seed(),
          method.classBy().name().toLowerCase(java.util.Locale.ROOT),
          method.fdr(),
          "rate",
          windowMonths,
          trendAlpha,
          method.formulasVersion());
    }
  }
}
