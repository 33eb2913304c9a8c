package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an assessment was computed: the method version, the settings, the reference period (empty
 * without data) and the scale of every indicator.
 */
public record RiskMethod(
    String version,
    RiskSettings settings,
    Optional<YearMonth> referenceFrom,
    Optional<YearMonth> referenceTo,
    Map<Indicator, ReferenceScale> scales) {

  public RiskMethod {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(referenceFrom, "referenceFrom");
    Objects.requireNonNull(referenceTo, "referenceTo");
    scales = Map.copyOf(scales);
  }

  public List<ReferenceScale> scaleList() {
    return Arrays.stream(Indicator.values()).map(scales::get).toList();
  }
}
