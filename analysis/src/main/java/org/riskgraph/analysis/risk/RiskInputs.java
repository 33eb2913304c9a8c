package org.riskgraph.analysis.risk;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;

/**
 * Everything the risk score needs and nothing else: the map (townships, villages sorted by code,
 * adjacencies) and one {@link VillageMonth} for every village and every month from {@code
 * firstMonth} for {@code monthCount} months — the months that have data. Built by {@link
 * RiskInputsLoader} from the graph or by {@link InputsAssembler} from records in memory; both give
 * equal inputs for the same data.
 */
public record RiskInputs(
    List<Township> townships,
    List<Village> villages,
    List<Adjacency> adjacency,
    YearMonth firstMonth,
    int monthCount,
    List<VillageMonth> counts) {

  public RiskInputs {
    townships = townships.stream().sorted(Comparator.comparing(Township::code)).toList();
    villages = villages.stream().sorted(Comparator.comparing(Village::code)).toList();
    adjacency =
        adjacency.stream()
            .distinct()
            .sorted(Comparator.comparing(Adjacency::a).thenComparing(Adjacency::b))
            .toList();
    Objects.requireNonNull(firstMonth, "firstMonth");
    if (monthCount < 0) {
      throw new IllegalArgumentException("monthCount must be 0 or more: " + monthCount);
    }
    counts = List.copyOf(counts);
    if (counts.size() != villages.size() * monthCount) {
      throw new IllegalArgumentException(
          "need one count per village and month: "
              + villages.size()
              + " × "
              + monthCount
              + " ≠ "
              + counts.size());
    }
    for (int v = 0; v < villages.size(); v++) {
      for (int t = 0; t < monthCount; t++) {
        VillageMonth at = counts.get(v * monthCount + t);
        if (!at.villageCode().equals(villages.get(v).code())
            || !at.month().equals(firstMonth.plusMonths(t))) {
          throw new IllegalArgumentException(
              "counts must run village by village (by code), month by month: "
                  + at.villageCode()
                  + " "
                  + at.month());
        }
      }
    }
  }

  /** Inputs with no data: no village or no month. */
  public static RiskInputs empty() {
    return new RiskInputs(List.of(), List.of(), List.of(), YearMonth.of(2000, 1), 0, List.of());
  }

  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>(monthCount);
    for (int t = 0; t < monthCount; t++) {
      months.add(firstMonth.plusMonths(t));
    }
    return List.copyOf(months);
  }

  public Optional<YearMonth> lastMonth() {
    return monthCount == 0 ? Optional.empty() : Optional.of(firstMonth.plusMonths(monthCount - 1));
  }

  /** Index of the month in {@link #months()}, or -1. */
  public int monthIndex(YearMonth month) {
    long index = firstMonth.until(month, java.time.temporal.ChronoUnit.MONTHS);
    return index >= 0 && index < monthCount ? (int) index : -1;
  }

  /** The counts of village {@code v} (index into {@link #villages()}) in month {@code t}. */
  public VillageMonth at(int v, int t) {
    return counts.get(v * monthCount + t);
  }

  /** Index of each village code in {@link #villages()}. */
  public Map<String, Integer> villageIndex() {
    Map<String, Integer> index = new HashMap<>();
    for (int v = 0; v < villages.size(); v++) {
      index.put(villages.get(v).code(), v);
    }
    return index;
  }

  /** The same inputs with {@code replacement} in place of the counts of its village and month. */
  RiskInputs with(VillageMonth replacement) {
    Integer v = villageIndex().get(replacement.villageCode());
    int t = monthIndex(replacement.month());
    if (v == null || t < 0) {
      throw new IllegalArgumentException(
          "no such village-month: " + replacement.villageCode() + " " + replacement.month());
    }
    List<VillageMonth> changed = new ArrayList<>(counts);
    changed.set(v * monthCount + t, replacement);
    return new RiskInputs(townships, villages, adjacency, firstMonth, monthCount, changed);
  }
}
