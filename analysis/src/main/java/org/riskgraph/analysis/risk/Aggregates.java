package org.riskgraph.analysis.risk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;

/**
 * Townships and the county as population-weighted means of their villages: each normalised value,
 * raw value and so each contribution and score is Σ population · village value / Σ population
 * (plain means where no one lives). A thin-data flag carries over when villages holding at least
 * half the population have it.
 */
final class Aggregates {

  record Unit(String code, String name, long population, int[] villages) {}

  private Aggregates() {}

  static List<Unit> townships(List<Township> townships, List<Village> villages) {
    Map<String, String> names = new LinkedHashMap<>();
    townships.forEach(t -> names.put(t.code(), t.name()));
    Map<String, List<Integer>> members = new java.util.TreeMap<>();
    for (int v = 0; v < villages.size(); v++) {
      members.computeIfAbsent(villages.get(v).townshipCode(), k -> new ArrayList<>()).add(v);
    }
    List<Unit> units = new ArrayList<>();
    members.forEach(
        (code, list) -> units.add(unit(code, names.getOrDefault(code, code), list, villages)));
    return units;
  }

  static Unit county(String name, List<Village> villages) {
    List<Integer> all = new ArrayList<>();
    for (int v = 0; v < villages.size(); v++) {
      all.add(v);
    }
    return unit("county", name, all, villages);
  }

  private static Unit unit(
      String code, String name, List<Integer> members, List<Village> villages) {
    long population = 0;
    for (int v : members) {
      population += villages.get(v).population();
    }
    return new Unit(code, name, population, members.stream().mapToInt(i -> i).toArray());
  }

  /** Population-weighted mean of the village rows (village × indicator) over the unit. */
  static double[] mean(Unit unit, double[][] rows, List<Village> villages) {
    int k = rows.length == 0 ? 0 : rows[0].length;
    double[] out = new double[k];
    double total = 0;
    for (int v : unit.villages()) {
      double weight = unit.population() > 0 ? villages.get(v).population() : 1;
      total += weight;
      for (int i = 0; i < k; i++) {
        out[i] += weight * rows[v][i];
      }
    }
    for (int i = 0; i < k; i++) {
      out[i] = total > 0 ? out[i] / total : 0;
    }
    return out;
  }

  static EnumSet<RiskFlag> flags(
      Unit unit, List<EnumSet<RiskFlag>> villageFlags, List<Village> villages) {
    EnumSet<RiskFlag> out = EnumSet.noneOf(RiskFlag.class);
    for (RiskFlag flag : RiskFlag.values()) {
      if (flag == RiskFlag.UNSTABLE_RANK) {
        continue;
      }
      double with = 0;
      double total = 0;
      for (int v : unit.villages()) {
        double weight = unit.population() > 0 ? villages.get(v).population() : 1;
        total += weight;
        if (villageFlags.get(v).contains(flag)) {
          with += weight;
        }
      }
      if (total > 0 && with >= total / 2) {
        out.add(flag);
      }
    }
    return out;
  }
}
