package org.riskgraph.graph.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.store.GraphStore;

/** Persons as the duplicate finder reads them, and which ids name a person at all. */
public final class PersonRepository {

  static final String FACTS_PAGE =
      """
      MATCH (p:Person) WHERE p.id > $after
      WITH p ORDER BY p.id LIMIT $limit
      RETURN p.id AS id, p.name AS name, p.idNumber AS idNumber, p.gender AS gender,
             p.birthDate AS birthDate, p.villageCode AS villageCode,
             COLLECT { MATCH (p)-[:USES]->(ph:Phone) RETURN ph.number } AS phones,
             COLLECT { MATCH (p)-[:OWNS]->(v:Vehicle) RETURN v.plate } AS plates
      ORDER BY id
      """;

  static final String EXISTING =
      """
      UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN collect(p.id) AS found
      """;

  private final GraphStore store;

  public PersonRepository(GraphStore store) {
    this.store = store;
  }

  /**
   * Up to {@code limit} persons whose id sorts after {@code after}, in id order, with the phones
   * they use and the plates they own.
   */
  public List<PersonFacts> factsPage(String after, int limit) {
    return store.read(
        tx ->
            tx.run(FACTS_PAGE, Map.of("after", after, "limit", limit))
                .list(PersonRepository::facts));
  }

  /** The ids among these that name no person, each once. */
  public List<String> unknown(Collection<String> ids) {
    List<String> found =
        store.read(
            tx ->
                tx.run(EXISTING, Map.of("ids", List.copyOf(ids)))
                    .single()
                    .get("found")
                    .asList(Value::asString));
    return ids.stream().filter(id -> !found.contains(id)).distinct().toList();
  }

  static PersonFacts facts(Record row) {
    return new PersonFacts(
        row.get("id").asString(),
        row.get("name").asString(),
        StoredValues.text(row.get("idNumber")).map(ResidentId::of),
        StoredValues.text(row.get("gender")).map(Gender::parse),
        StoredValues.optionalDate(row.get("birthDate")),
        StoredValues.text(row.get("villageCode")),
        Set.copyOf(row.get("phones").asList(Value::asString)),
        Set.copyOf(row.get("plates").asList(Value::asString)));
  }
}
