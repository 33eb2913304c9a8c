package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every score of one month: villages, townships and the county, each list in rank order, how the
 * month's surprise baseline was fitted, and the leaders' outlook for the month after (villages,
 * townships, county, each in rank order; empty when less than a year of data precedes that month).
 */
public record MonthRisk(
    YearMonth month,
    List<RiskScore> villages,
    List<RiskScore> townships,
    RiskScore county,
    BaselineFit baseline,
    List<OutlookScore> outlook) {

  public MonthRisk {
    Objects.requireNonNull(month, "month");
    villages = List.copyOf(villages);
    townships = List.copyOf(townships);
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(baseline, "baseline");
    outlook = List.copyOf(outlook);
  }

  /** The outlook scores of one level, in rank order (empty without an outlook). */
  public List<OutlookScore> outlook(AreaLevel level) {
    return outlook.stream().filter(s -> s.areaLevel() == level).toList();
  }

  public Optional<OutlookScore> outlook(AreaLevel level, String code) {
    return outlook.stream()
        .filter(s -> s.areaLevel() == level && s.code().equals(code))
        .findFirst();
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
