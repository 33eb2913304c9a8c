package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The scores of every month with data, oldest first, and the method that produced them. */
public record RiskAssessment(RiskMethod method, List<MonthRisk> months) {

  public RiskAssessment {
    Objects.requireNonNull(method, "method");
    months = List.copyOf(months);
  }

  public Optional<MonthRisk> month(YearMonth month) {
    return months.stream().filter(m -> m.month().equals(month)).findFirst();
  }

  public Optional<YearMonth> firstMonth() {
    return months.isEmpty() ? Optional.empty() : Optional.of(months.getFirst().month());
  }

  public Optional<YearMonth> lastMonth() {
    return months.isEmpty() ? Optional.empty() : Optional.of(months.getLast().month());
  }

  /** A village's scores over the last {@code count} months with data, oldest first. */
  public List<RiskScore> villageHistory(String code, int count) {
    List<RiskScore> history = new ArrayList<>();
    for (MonthRisk month : months.subList(Math.max(0, months.size() - count), months.size())) {
      month.village(code).ifPresent(history::add);
    }
    return List.copyOf(history);
  }
}
