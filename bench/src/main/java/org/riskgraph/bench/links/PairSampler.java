package org.riskgraph.bench.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Random connected pairs: from a random resident, a seeded random walk of two to six steps over the
 * chain types, never into a node of more than 200 relationships, ends at the other entity. Read
 * through the driver, so the pairs come from the stored county itself.
 */
final class PairSampler {

  static final String TYPES = "KNOWS|OWNS|USES|INVOLVED_IN|PARTY_TO|ESCALATED_TO|TRAVELS_WITH";

  private static final Map<String, String> KEYS =
      Map.of(
          "Person", "id",
          "Vehicle", "plate",
          "Phone", "number",
          "Incident", "id",
          "Dispute", "id");

  private static final String STEP =
      """
      MATCH (n:%s {%s: $key})-[:%s]-(m)
      WITH DISTINCT m
      WITH m, COUNT { (m)-[r]-() WHERE type(r) <> 'SEEN_AT' } AS degree
      WHERE degree <= 200
      RETURN labels(m)[0] AS label, coalesce(m.id, m.plate, m.number) AS key
      ORDER BY label, key
      """;

  /** One entity as the benchmark names it. */
  record Node(String label, String key) {
    String ref() {
      return label.toLowerCase() + ":" + key;
    }

    String keyProperty() {
      return KEYS.get(label);
    }
  }

  record Pair(Node from, Node to) {}

  private final Driver driver;
  private final SplittableRandom random;

  PairSampler(Driver driver, long seed) {
    this.driver = driver;
    this.random = new SplittableRandom(seed);
  }

  List<Pair> sample(int count) {
    long persons;
    try (Session session = driver.session()) {
      persons =
          session.executeRead(
              tx -> tx.run("MATCH (p:Person) RETURN count(p) AS n").single().get("n").asLong());
    }
    List<Pair> pairs = new ArrayList<>();
    while (pairs.size() < count) {
      Node start = new Node("Person", "P%06d".formatted(1 + random.nextLong(persons - 100)));
      Node node = start;
      int steps = 2 + random.nextInt(5);
      for (int i = 0; i < steps && node != null; i++) {
        node = step(node);
      }
      if (node != null && !node.equals(start) && KEYS.containsKey(node.label())) {
        pairs.add(new Pair(start, node));
      }
    }
    return pairs;
  }

  private Node step(Node node) {
    if (!KEYS.containsKey(node.label())) {
      return null;
    }
    String cypher = STEP.formatted(node.label(), node.keyProperty(), TYPES);
    List<Node> next;
    try (Session session = driver.session()) {
      next =
          session.executeRead(
              tx ->
                  tx.run(cypher, Map.of("key", node.key()))
                      .list(r -> new Node(r.get("label").asString(), r.get("key").asString())));
    }
    return next.isEmpty() ? null : next.get(random.nextInt(next.size()));
  }
}
