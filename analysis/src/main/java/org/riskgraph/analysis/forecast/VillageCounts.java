package org.riskgraph.analysis.forecast;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Circle;
import org.riskgraph.graph.village.Village;

/**
 * One kind of event counted per village and month, with the village map: the data a forecast is
 * fitted on. The villages' population shares are the endemic offsets e[i] (equal shares when no
 * village has residents recorded; a village without residents recorded gets half the smallest
 * village's population, so that events there do not have probability 0); the map's adjacency gives
 * the neighbour weights.
 */
public final class VillageCounts {

  private final ForecastKind kind;
  private final YearMonth firstMonth;
  private final List<Village> villages;
  private final CountPanel panel;

  /**
   * @param counts counts[t][v]: village v (index into {@code villages}) in month firstMonth + t
   */
  public VillageCounts(
      ForecastKind kind,
      YearMonth firstMonth,
      List<Village> villages,
      List<Adjacency> adjacency,
      int[][] counts) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.firstMonth = Objects.requireNonNull(firstMonth, "firstMonth");
    this.villages = List.copyOf(villages);
    Map<String, Integer> index = new HashMap<>();
    for (int v = 0; v < this.villages.size(); v++) {
      index.put(this.villages.get(v).code(), v);
    }
    List<String[]> pairs = new ArrayList<>();
    for (Adjacency pair : adjacency) {
      if (index.containsKey(pair.a()) && index.containsKey(pair.b())) {
        pairs.add(new String[] {pair.a(), pair.b()});
      }
    }
    double total = 0;
    long smallest = Long.MAX_VALUE;
    for (Village village : this.villages) {
      total += village.population();
      if (village.population() > 0) {
        smallest = Math.min(smallest, village.population());
      }
    }
    double[] weight = new double[this.villages.size()];
    double sum = 0;
    for (int v = 0; v < weight.length; v++) {
      long population = this.villages.get(v).population();
      weight[v] = total == 0 ? 1 : population > 0 ? population : smallest / 2.0;
      sum += weight[v];
    }
    double[] shares = new double[weight.length];
    for (int v = 0; v < shares.length; v++) {
      shares[v] = weight[v] / sum;
    }
    this.panel =
        new CountPanel(
            this.villages.stream().map(Village::code).toList(),
            shares,
            counts,
            NeighbourWeights.ofCodes(index, pairs));
  }

  /**
   * The village attributes the bureau records as marking disorder, as endemic covariates: {@code
   * complex} (社会治安复杂村, 1 or 0), {@code urban} and {@code suburban} (the circle; rural is the
   * baseline). An attribute that is the same for every village is left out (it would duplicate the
   * intercept).
   */
  public List<UnitCovariate> attributes() {
    List<UnitCovariate> out = new ArrayList<>();
    addIfVaries(out, "complex", v -> v.complex() ? 1 : 0);
    addIfVaries(out, "urban", v -> v.circle() == Circle.URBAN ? 1 : 0);
    addIfVaries(out, "suburban", v -> v.circle() == Circle.SUBURBAN ? 1 : 0);
    return List.copyOf(out);
  }

  private void addIfVaries(
      List<UnitCovariate> out, String name, java.util.function.ToDoubleFunction<Village> value) {
    double[] values = villages.stream().mapToDouble(value).toArray();
    if (java.util.Arrays.stream(values).distinct().count() > 1) {
      out.add(UnitCovariate.of(name, values));
    }
  }

  public ForecastKind kind() {
    return kind;
  }

  public YearMonth firstMonth() {
    return firstMonth;
  }

  public int monthCount() {
    return panel.periods();
  }

  /** The month after the last with data. */
  public YearMonth nextMonth() {
    return firstMonth.plusMonths(panel.periods());
  }

  public List<Village> villages() {
    return villages;
  }

  public CountPanel panel() {
    return panel;
  }

  public YearMonth month(int index) {
    return firstMonth.plusMonths(index);
  }

  /** The index of a month relative to the first (negative before it). */
  public int index(YearMonth month) {
    return (int) firstMonth.until(month, ChronoUnit.MONTHS);
  }
}
