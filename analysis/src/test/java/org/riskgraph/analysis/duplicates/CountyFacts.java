package org.riskgraph.analysis.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.riskgraph.fixtures.County;
import org.riskgraph.fixtures.plant.GroundTruth;
import org.riskgraph.graph.person.Person;
import org.riskgraph.graph.person.PersonFacts;
import org.riskgraph.graph.phone.Phone;
import org.riskgraph.graph.vehicle.Vehicle;

/**
 * The duplicate finder's input built from a generated county as the graph reader builds it from the
 * store: each person with the phones they use and the plates they own.
 */
final class CountyFacts {

  private CountyFacts() {}

  static List<PersonFacts> of(County county) {
    Map<String, Set<String>> phones = new HashMap<>();
    for (Phone phone : county.phones()) {
      if (phone.userId() != null) {
        phones.computeIfAbsent(phone.userId(), k -> new HashSet<>()).add(phone.number().value());
      }
    }
    Map<String, Set<String>> plates = new HashMap<>();
    for (Vehicle vehicle : county.vehicles()) {
      if (vehicle.ownerId() != null) {
        plates
            .computeIfAbsent(vehicle.ownerId(), k -> new HashSet<>())
            .add(vehicle.plate().value());
      }
    }
    List<PersonFacts> out = new ArrayList<>(county.persons().size());
    for (Person person : county.persons()) {
      out.add(
          PersonFacts.of(
              person,
              phones.getOrDefault(person.id(), Set.of()),
              plates.getOrDefault(person.id(), Set.of())));
    }
    return out;
  }

  static Set<SyntheticPopulation.Pair> truth(County county) {
    Set<SyntheticPopulation.Pair> out = new HashSet<>();
    for (GroundTruth.Duplicate d : county.groundTruth().duplicates()) {
      out.add(SyntheticPopulation.Pair.of(d.originalId(), d.duplicateId()));
    }
    return out;
  }
}
