package org.riskgraph.api.hotspot;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.riskgraph.analysis.hotspot.HotspotSettings;
import org.riskgraph.analysis.hotspot.Measure;
import org.riskgraph.analysis.hotspot.PValueSource;
import org.riskgraph.analysis.hotspot.WeightsSpec;
import org.riskgraph.api.problem.BadRequestException;
import org.riskgraph.graph.common.Fields;

/**
 * The query parameters of the hotspot endpoints as sent, and their parsing: every bad value is a
 * 400 problem naming its parameter. Absent values take the defaults of docs/methods/hotspots.md.
 */
record HotspotQuery(
    YearMonth from,
    YearMonth to,
    String categories,
    String measure,
    String weights,
    String permutations,
    String seed,
    String months) {

  static final int MAX_NEIGHBOURS = 30;
  static final int MIN_PERMUTATIONS = 99;
  static final int MAX_PERMUTATIONS = 9_999;
  static final int MIN_WINDOW = 3;
  static final int DEFAULT_PERIOD = 12;

  Optional<YearMonth> fromMonth() {
    return Optional.ofNullable(from);
  }

  Optional<YearMonth> toMonth() {
    return Optional.ofNullable(to);
  }

  /** The categories named, upper-cased by the selection; none means all of the kind. */
  List<String> categoryList() {
    if (categories == null || categories.isBlank()) {
      return List.of();
    }
    return Arrays.stream(categories.split(","))
        .map(String::strip)
        .filter(c -> !c.isEmpty())
        .toList();
  }

  Optional<Integer> window(int max) {
    return present(months).map(m -> (int) Fields.requireLong("months", m, MIN_WINDOW, max));
  }

  HotspotSettings settings() {
    HotspotSettings defaults = HotspotSettings.defaults();
    return new HotspotSettings(
        present(measure).map(Measure::parse).orElse(defaults.measure()),
        present(weights).map(HotspotQuery::weightsSpec).orElse(defaults.weights()),
        present(permutations)
            .map(
                p ->
                    (int) Fields.requireLong("permutations", p, MIN_PERMUTATIONS, MAX_PERMUTATIONS))
            .orElse(defaults.permutations()),
        present(seed)
            .map(s -> Fields.requireLong("seed", s, Long.MIN_VALUE, Long.MAX_VALUE))
            .orElse(defaults.seed()),
        PValueSource.NORMAL);
  }

  private static WeightsSpec weightsSpec(String text) {
    WeightsSpec spec = WeightsSpec.parse(text);
    if (spec instanceof WeightsSpec.KNearest knn && knn.k() > MAX_NEIGHBOURS) {
      throw BadRequestException.invalid(
          "weights",
          "weights: knn takes at most " + MAX_NEIGHBOURS + " neighbours (was '" + text + "')");
    }
    return spec;
  }

  private static Optional<String> present(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
