package org.riskgraph.analysis.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.riskgraph.graph.village.Township;
import org.riskgraph.graph.village.Village;

/** Names of villages and townships, and which township each village belongs to. */
final class Places {

  private final List<Township> townships;
  private final List<Village> villages;
  private final Map<String, Village> villageByCode = new HashMap<>();
  private final Map<String, String> townshipName = new HashMap<>();

  Places(List<Township> townships, List<Village> villages) {
    this.townships =
        townships.stream().sorted(java.util.Comparator.comparing(Township::code)).toList();
    this.villages =
        villages.stream().sorted(java.util.Comparator.comparing(Village::code)).toList();
    villages.forEach(v -> villageByCode.put(v.code(), v));
    townships.forEach(t -> townshipName.put(t.code(), t.name()));
  }

  static Places of(ReportSource source) {
    return new Places(source.townships(), source.villages());
  }

  List<Township> townships() {
    return townships;
  }

  List<Village> villages() {
    return villages;
  }

  String villageName(String code) {
    Village village = villageByCode.get(code);
    return village == null ? code : village.name();
  }

  /** The township code of a village, or null for a village not on the map. */
  String townshipOf(String villageCode) {
    Village village = villageByCode.get(villageCode);
    return village == null ? null : village.townshipCode();
  }

  String townshipNameOf(String villageCode) {
    String township = townshipOf(villageCode);
    return township == null ? "" : townshipName.getOrDefault(township, township);
  }
}
