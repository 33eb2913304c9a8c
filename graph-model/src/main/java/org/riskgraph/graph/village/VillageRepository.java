package org.riskgraph.graph.village;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.riskgraph.graph.store.GraphStore;

/** Reads villages with their township and number of neighbours. */
public final class VillageRepository {

  private static final String ALL =
      """
      MATCH (v:Village)
      OPTIONAL MATCH (v)-[:PART_OF]->(t:Township)
      RETURN v.code AS code, v.name AS name, v.townshipCode AS townshipCode, t.name AS townshipName,
             v.population AS population, v.circle AS circle, coalesce(v.complex, false) AS complex,
             v.lat AS lat, v.lon AS lon, COUNT { (v)-[:ADJACENT_TO]-(:Village) } AS neighbours
      ORDER BY v.code
      """;

  private static final String ONE =
      """
      MATCH (v:Village {code: $code})
      OPTIONAL MATCH (v)-[:PART_OF]->(t:Township)
      RETURN v.code AS code, v.name AS name, v.townshipCode AS townshipCode, t.name AS townshipName,
             v.population AS population, v.circle AS circle, coalesce(v.complex, false) AS complex,
             v.lat AS lat, v.lon AS lon, COUNT { (v)-[:ADJACENT_TO]-(:Village) } AS neighbours
      """;

  private final GraphStore store;

  public VillageRepository(GraphStore store) {
    this.store = store;
  }

  public List<VillageSummary> findAll() {
    return store.read(tx -> tx.run(ALL).list(VillageRepository::toSummary));
  }

  public Optional<VillageSummary> find(String code) {
    return store.read(
        tx ->
            tx.run(ONE, Map.of("code", code)).stream()
                .findFirst()
                .map(VillageRepository::toSummary));
  }

  private static VillageSummary toSummary(Record r) {
    return new VillageSummary(
        r.get("code").asString(),
        r.get("name").asString(),
        r.get("townshipCode").asString(null),
        r.get("townshipName").asString(null),
        r.get("population").asLong(0),
        r.get("circle").asString(null),
        r.get("complex").asBoolean(),
        r.get("lat").isNull() ? null : r.get("lat").asDouble(),
        r.get("lon").isNull() ? null : r.get("lon").asDouble(),
        r.get("neighbours").asInt());
  }
}
