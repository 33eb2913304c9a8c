package org.riskgraph.bench.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.riskgraph.analysis.search.DisputeDocument;
import org.riskgraph.analysis.search.IncidentDocument;
import org.riskgraph.analysis.search.PersonDocument;
import org.riskgraph.analysis.search.PhoneDocument;
import org.riskgraph.analysis.search.SearchDocument;
import org.riskgraph.analysis.search.VehicleDocument;
import org.riskgraph.fixtures.County;
import org.riskgraph.graph.person.Person;
import org.riskgraph.graph.person.PersonFacts;
import org.riskgraph.graph.phone.Phone;
import org.riskgraph.graph.vehicle.Vehicle;
import org.riskgraph.graph.village.Village;

/**
 * What the graph reader would hand the search index and the duplicate finder for a generated
 * county: the same records, with village names looked up by code.
 */
final class CountyDocuments {

  private CountyDocuments() {}

  static List<SearchDocument> of(County county) {
    Map<String, String> villages = new HashMap<>();
    for (Village v : county.villages()) {
      villages.put(v.code(), v.name());
    }
    List<SearchDocument> out = new ArrayList<>();
    for (Person p : county.persons()) {
      out.add(PersonDocument.of(p, Optional.ofNullable(villages.get(p.villageCode()))));
    }
    county.vehicles().forEach(v -> out.add(VehicleDocument.of(v)));
    Set<String> numbers = new LinkedHashSet<>();
    county.phones().forEach(p -> numbers.add(p.number().value()));
    numbers.forEach(n -> out.add(PhoneDocument.of(n)));
    county
        .incidents()
        .forEach(
            i ->
                out.add(
                    IncidentDocument.of(i, Optional.ofNullable(villages.get(i.villageCode())))));
    county
        .disputes()
        .forEach(
            d ->
                out.add(DisputeDocument.of(d, Optional.ofNullable(villages.get(d.villageCode())))));
    return out;
  }

  static List<PersonFacts> facts(County county) {
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
}
