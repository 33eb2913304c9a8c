package org.riskgraph.analysis.duplicates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.riskgraph.graph.person.Gender;
import org.riskgraph.graph.person.ResidentId;
import org.riskgraph.graph.store.GraphStore;

/**
 * Reads every person of the graph with the phones they use and the plates they own, as {@link
 * PersonFacts} for the {@link DuplicateFinder}; in key order, one read transaction per batch.
 */
public final class PersonFactsReader {

  private static final String PAGE =
      """
      MATCH (p:Person) WHERE p.id > $after
      WITH p ORDER BY p.id LIMIT $limit
      RETURN p.id AS id, p.name AS name, p.idNumber AS idNumber, p.gender AS gender,
             p.birthDate AS birthDate, p.villageCode AS villageCode,
             COLLECT { MATCH (p)-[:USES]->(ph:Phone) RETURN ph.number } AS phones,
             COLLECT { MATCH (p)-[:OWNS]->(v:Vehicle) RETURN v.plate } AS plates
      ORDER BY id
      """;

  private final GraphStore store;
  private final int batch;

  public PersonFactsReader(GraphStore store) {
    this(store, 10_000);
  }

  public PersonFactsReader(GraphStore store, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be positive: " + batch);
    }
    this.store = store;
    this.batch = batch;
  }

  /** Every person, in id order. */
  public List<PersonFacts> readAll() {
    List<PersonFacts> out = new ArrayList<>();
    String after = "";
    while (true) {
      String from = after;
      List<PersonFacts> page =
          store.read(
              tx ->
                  tx.run(PAGE, Map.of("after", from, "limit", batch))
                      .list(PersonFactsReader::facts));
      out.addAll(page);
      if (page.size() < batch) {
        return out;
      }
      after = page.getLast().id();
    }
  }

  private static PersonFacts facts(Record row) {
    return new PersonFacts(
        row.get("id").asString(),
        row.get("name").asString(),
        text(row.get("idNumber")).map(ResidentId::of),
        text(row.get("gender")).map(Gender::parse),
        row.get("birthDate").isNull()
            ? Optional.empty()
            : Optional.of(row.get("birthDate").asLocalDate()),
        text(row.get("villageCode")),
        Set.copyOf(row.get("phones").asList(Value::asString)),
        Set.copyOf(row.get("plates").asList(Value::asString)));
  }

  private static Optional<String> text(Value value) {
    return value.isNull() || value.asString().isBlank()
        ? Optional.empty()
        : Optional.of(value.asString());
  }
}
