package org.riskgraph.analysis.hotspot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.riskgraph.graph.village.Adjacency;
import org.riskgraph.graph.village.Village;

/**
 * The map the statistics run on: the areas, sorted by code so that results never depend on the
 * order a loader returned them in, and the undirected adjacencies between them.
 */
public record AreaMap(List<Area> areas, List<Adjacency> adjacencies) {

  public AreaMap {
    List<Area> sorted = new ArrayList<>(areas);
    sorted.sort(Comparator.comparing(Area::code));
    Set<String> codes = new HashSet<>();
    for (Area area : sorted) {
      if (!codes.add(area.code())) {
        throw new IllegalArgumentException("area code appears twice: " + area.code());
      }
    }
    Set<Adjacency> distinct = new HashSet<>();
    List<Adjacency> kept = new ArrayList<>();
    for (Adjacency adjacency : adjacencies) {
      for (String end : List.of(adjacency.a(), adjacency.b())) {
        if (!codes.contains(end)) {
          throw new IllegalArgumentException("adjacency refers to an unknown area: " + end);
        }
      }
      if (distinct.add(adjacency)) {
        kept.add(adjacency);
      }
    }
    kept.sort(Comparator.comparing(Adjacency::a).thenComparing(Adjacency::b));
    areas = List.copyOf(sorted);
    adjacencies = List.copyOf(kept);
  }

  /** The map of the graph's villages; villages without both coordinates have no location. */
  public static AreaMap fromVillages(List<Village> villages, List<Adjacency> adjacencies) {
    List<Area> areas = new ArrayList<>(villages.size());
    for (Village village : villages) {
      Optional<Coordinates> location =
          village.lat() != null && village.lon() != null
              ? Optional.of(new Coordinates(village.lat(), village.lon()))
              : Optional.empty();
      areas.add(new Area(village.code(), village.name(), village.population(), location));
    }
    return new AreaMap(areas, adjacencies);
  }

  /** How many areas have residents: only those are analysed. */
  public int populatedAreas() {
    return (int) areas.stream().filter(area -> area.population() > 0).count();
  }

  /** The index of every area code, in the map's (code) order. */
  Map<String, Integer> indexByCode() {
    Map<String, Integer> index = new HashMap<>(areas.size() * 2);
    for (int i = 0; i < areas.size(); i++) {
      index.put(areas.get(i).code(), i);
    }
    return index;
  }
}
