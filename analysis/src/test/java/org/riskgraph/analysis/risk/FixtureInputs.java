package org.riskgraph.analysis.risk;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.CountyGenerator;
import org.riskgraph.fixtures.households.Population;
import org.riskgraph.fixtures.households.PopulationGenerator;
import org.riskgraph.fixtures.spec.Plants;
import org.riskgraph.fixtures.spec.Scale;
import org.riskgraph.graph.control.Control;
import org.riskgraph.graph.person.Person;

/**
 * Risk inputs from a generated county in memory. An events-only county has no persons, so the
 * village of each supervised person is taken from the generator's households, which are what a full
 * run writes as the person's village. County-scale inputs are generated once per test JVM.
 */
public final class FixtureInputs {

  private static final Map<String, RiskInputs> COUNTIES = new ConcurrentHashMap<>();

  private FixtureInputs() {}

  static RiskInputs of(County county) {
    return InputsAssembler.fromRecords(
        county.townships(), county.villages(), county.adjacency(), records(county));
  }

  static EventRecords records(County county) {
    return new EventRecords(
        county.incidents(),
        county.disputes(),
        county.controls(),
        county.controlEvents(),
        villageOfSupervised(county));
  }

  /** The county of this seed and plants, counted once per test JVM. */
  public static RiskInputs county(long seed, Plants plants) {
    return COUNTIES.computeIfAbsent(
        seed + "/" + plants, k -> of(CountyGenerator.generateEvents(Scale.COUNTY, seed, plants)));
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
