package org.riskgraph.analysis.reports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.households.Population;
import org.riskgraph.fixtures.households.PopulationGenerator;
import org.riskgraph.graph.control.Control;
import org.riskgraph.graph.person.Person;

/**
 * A generated county as report records. An events-only county has no persons: the village of each
 * supervised person then comes from the generator's households, which is what a full run writes.
 */
public final class CountyRecords {

  private CountyRecords() {}

  public static ReportRecords of(County county) {
    return new ReportRecords(
        county.townships(),
        county.villages(),
        county.adjacency(),
        county.incidents(),
        county.involvements(),
        county.persons(),
        county.disputes(),
        county.controls(),
        county.controlEvents(),
        villageOfSupervised(county),
        List.of());
  }

  private static Map<String, String> villageOfSupervised(County county) {
    Set<String> supervised = new HashSet<>();
    for (Control control : county.controls()) {
      supervised.add(control.personId());
    }
    Map<String, String> out = new HashMap<>();
    if (!county.eventsOnly()) {
      for (Person person : county.persons()) {
        if (supervised.contains(person.id()) && person.villageCode() != null) {
          out.put(person.id(), person.villageCode());
        }
      }
      return out;
    }
    Population population = PopulationGenerator.generate(county.geography(), county.seed());
    for (int i = 0; i < population.size(); i++) {
      String id = population.id(i);
      if (supervised.contains(id)) {
        out.put(id, county.geography().village(population.villageOf(i)).code());
      }
    }
    return out;
  }
}
