package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every score of one month: villages, townships and the county, each list in rank order, and how
 * the month's surprise baseline was fitted.
 */
public record MonthRisk(
    YearMonth month,
    List<RiskScore> villages,
    List<RiskScore> townships,
    RiskScore county,
    BaselineFit baseline) {

  public MonthRisk {
    Objects.requireNonNull(month, "month");
    villages = List.copyOf(villages);
    townships = List.copyOf(townships);
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(baseline, "baseline");
  }

  public List<RiskScore> at(AreaLevel level) {
    return switch (level) {
      case VILLAGE -> villages;
      case TOWNSHIP -> townships;
      case COUNTY -> List.of(county);
    };
  }

  public Optional<RiskScore> village(String code) {
    return villages.stream().filter(s -> s.code().equals(code)).findFirst();
  }

  public Optional<RiskScore> township(String code) {
    return townships.stream().filter(s -> s.code().equals(code)).findFirst();
  }
}
