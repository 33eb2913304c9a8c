package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The leaders' score of one village, township or the county at the end of a month: how much trouble
 * to expect in the month after ({@code forecastMonth}), from the forecast and the month's situation
 * (docs/methods/risk.md, §8). Its level is the monthly level leaders read; its drivers are the
 * parts that carry it, and the composite's own drivers stay in {@link #situationDrivers()}.
 */
public record OutlookScore(
    AreaLevel areaLevel,
    String code,
    String name,
    YearMonth month,
    YearMonth forecastMonth,
    long population,
    double score,
    RiskLevel level,
    int rank,
    List<OutlookComponent> components,
    List<OutlookPart> drivers,
    List<Indicator> situationDrivers) {

  public OutlookScore {
    Objects.requireNonNull(areaLevel, "areaLevel");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(forecastMonth, "forecastMonth");
    Objects.requireNonNull(level, "level");
    components = List.copyOf(components);
    drivers = List.copyOf(drivers);
    situationDrivers = List.copyOf(situationDrivers);
  }

  public OutlookComponent component(OutlookPart part) {
    return components.stream()
        .filter(c -> c.part() == part)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no component " + part));
  }
}
