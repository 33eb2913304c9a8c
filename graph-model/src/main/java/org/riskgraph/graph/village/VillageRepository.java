package org.riskgraph.graph.village;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.store.GraphStore;

/**
 * Townships, villages and their adjacency: the one place their Cypher and mappers live. Every
 * reader of the map, the API's village list, the risk score's and the hotspots' inputs and the
 * reports, goes through {@link #TOWNSHIPS}, {@link #VILLAGES} and {@link #ADJACENCY}.
 */
public final class VillageRepository {

  static final String TOWNSHIPS =
      "MATCH (t:Township) RETURN t.code AS code, t.name AS name ORDER BY code";

  /** All villages ({@code $code} null) or one, with the township's name and the neighbours. */
  static final String VILLAGES =
      """
      MATCH (v:Village)
      WHERE $code IS NULL OR v.code = $code
      OPTIONAL MATCH (v)-[:PART_OF]->(t:Township)
      RETURN v.code AS code, v.name AS name, v.townshipCode AS townshipCode, t.name AS townshipName,
             v.population AS population, v.circle AS circle, coalesce(v.complex, false) AS complex,
             v.lat AS lat, v.lon AS lon, COUNT { (v)-[:ADJACENT_TO]-(:Village) } AS neighbours
      ORDER BY code
      """;

  /**
   * Each neighbouring pair once, the smaller code first, however often and whichever way stored.
   */
  static final String ADJACENCY =
      """
      MATCH (a:Village)-[:ADJACENT_TO]-(b:Village)
      WHERE a.code < b.code
      RETURN DISTINCT a.code AS a, b.code AS b
      ORDER BY a, b
      """;

  private static final String ANY = "MATCH (v:Village) RETURN count(v) > 0 AS any";

  private final GraphStore store;

  public VillageRepository(GraphStore store) {
    this.store = store;
  }

  public List<VillageSummary> findAll() {
    return store.read(tx -> summaries(tx, null));
  }

  public Optional<VillageSummary> find(String code) {
    return store.read(tx -> find(tx, code));
  }

  /** Townships, villages and adjacency in one read transaction. */
  public VillageMap map() {
    return store.read(VillageRepository::map);
  }

  public List<Township> townships() {
    return store.read(VillageRepository::townships);
  }

  /** The villages, sorted by code. */
  public List<Village> villages() {
    return store.read(tx -> villages(tx));
  }

  public List<Adjacency> adjacency() {
    return store.read(VillageRepository::adjacency);
  }

  /** Whether the store holds any village at all, i.e. a county has been loaded. */
  public boolean any() {
    return store.read(tx -> tx.run(ANY).single().get("any").asBoolean());
  }

  /** The map, inside a transaction another reader of graph-model has opened. */
  public static VillageMap map(TransactionContext tx) {
    return new VillageMap(townships(tx), villages(tx), adjacency(tx));
  }

  public static Optional<VillageSummary> find(TransactionContext tx, String code) {
    return summaries(tx, code).stream().findFirst();
  }

  public static List<Township> townships(TransactionContext tx) {
    return tx.run(TOWNSHIPS).list(VillageRepository::township);
  }

  public static List<Village> villages(TransactionContext tx) {
    return tx.run(VILLAGES, all()).list(VillageRepository::village);
  }

  public static List<Adjacency> adjacency(TransactionContext tx) {
    return tx.run(ADJACENCY).list(VillageRepository::adjacency);
  }

  private static List<VillageSummary> summaries(TransactionContext tx, String code) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("code", code);
    return tx.run(VILLAGES, parameters).list(VillageRepository::summary);
  }

  private static Map<String, Object> all() {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("code", null);
    return parameters;
  }

  static Township township(Record r) {
    return new Township(r.get("code").asString(), r.get("name").asString());
  }

  static Village village(Record r) {
    return new Village(
        r.get("code").asString(),
        r.get("name").asString(),
        r.get("townshipCode").asString(),
        r.get("population").asLong(0),
        StoredValues.constant(r.get("circle"), Circle.class),
        r.get("complex").asBoolean(),
        StoredValues.decimal(r.get("lat")),
        StoredValues.decimal(r.get("lon")));
  }

  static VillageSummary summary(Record r) {
    return VillageSummary.of(
        village(r), r.get("townshipName").asString(null), r.get("neighbours").asInt());
  }

  static Adjacency adjacency(Record r) {
    return new Adjacency(r.get("a").asString(), r.get("b").asString());
  }
}
