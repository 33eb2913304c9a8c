package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The score of one village, township or the county in one month, with what a reader needs to trust
 * it: the components (adding up to the score), the two or three that drove it, the rank among units
 * of its level with its interval under varied weights, the change from the month before (empty for
 * the first month of data) and the thin-data flags.
 */
public record RiskScore(
    AreaLevel areaLevel,
    String code,
    String name,
    YearMonth month,
    long population,
    double score,
    RiskLevel level,
    int rank,
    RankInterval rankInterval,
    OptionalDouble change,
    List<Component> components,
    List<Indicator> drivers,
    Set<RiskFlag> flags) {

  public RiskScore {
    Objects.requireNonNull(areaLevel, "areaLevel");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(rankInterval, "rankInterval");
    Objects.requireNonNull(change, "change");
    components = List.copyOf(components);
    drivers = List.copyOf(drivers);
    flags = Set.copyOf(flags);
  }

  public Component component(Indicator indicator) {
    return components.stream()
        .filter(c -> c.indicator() == indicator)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no component " + indicator));
  }
}
