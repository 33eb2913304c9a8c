package org.riskgraph.graph.product;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.riskgraph.graph.common.Fields;
import org.riskgraph.graph.common.InvalidFieldException;
import org.riskgraph.graph.common.StoredValues;
import org.riskgraph.graph.entity.EntityRef;
import org.riskgraph.graph.store.GraphStore;

/**
 * Research products in the graph: {@code (:ResearchProduct {id, kind, subject, content, subjects,
 * createdBy, createdAt, purpose, source, ingestedAt})-[:ABOUT]->(subject)}, numbered per day as
 * {@code YP20261130-0001} from a {@code :Counter} node in the same transaction.
 */
public final class ResearchProductRepository {

  public static final int MAX_LIMIT = 500;

  static final List<String> SCHEMA =
      List.of(
          "CREATE CONSTRAINT research_product_id_unique IF NOT EXISTS FOR (p:ResearchProduct) REQUIRE p.id IS UNIQUE",
          "CREATE INDEX research_product_subject IF NOT EXISTS FOR (p:ResearchProduct) ON (p.subject)",
          "CREATE INDEX research_product_created_at IF NOT EXISTS FOR (p:ResearchProduct) ON (p.createdAt)",
          "CREATE CONSTRAINT counter_name_unique IF NOT EXISTS FOR (c:Counter) REQUIRE c.name IS UNIQUE");

  private static final String NEXT_NUMBER =
      """
      MERGE (c:Counter {name: $name}) ON CREATE SET c.value = 0
      SET c.value = c.value + 1
      RETURN c.value AS value
      """;

  /** Label and key come from the closed set of entity kinds, never from a client's text. */
  private static final String CREATE =
      """
      MATCH (s:%s {%s: $key})
      CREATE (p:ResearchProduct {id: $id, kind: $kind, subject: $subject, content: $content,
              subjects: $subjects, createdBy: $by, createdAt: $at, purpose: $purpose,
              source: $source, ingestedAt: $at})
      CREATE (p)-[:ABOUT {source: $source, ingestedAt: $at}]->(s)
      RETURN p.id AS id
      """;

  private static final String FIND = "MATCH (p:ResearchProduct {id: $id}) RETURN p";

  private static final String LIST =
      """
      MATCH (p:ResearchProduct)
      WHERE ($subject IS NULL OR p.subject = $subject) AND ($kind IS NULL OR p.kind = $kind)
      RETURN p ORDER BY p.createdAt DESC, p.id DESC LIMIT $limit
      """;

  private final GraphStore store;

  public ResearchProductRepository(GraphStore store) {
    this.store = store;
    store.applySchema(SCHEMA);
  }

  /**
   * Stores a product about {@code subject}; throws {@link InvalidFieldException} for {@code
   * subject} if no such entity is stored.
   */
  public ResearchProduct create(
      ResearchProductKind kind,
      EntityRef subject,
      String content,
      List<String> subjects,
      String by,
      String purpose,
      OffsetDateTime now) {
    OffsetDateTime at = Fields.inChina(now);
    return store.write(
        tx -> {
          String day = at.toLocalDate().toString().replace("-", "");
          long number =
              tx.run(NEXT_NUMBER, Map.of("name", "research-product-" + day))
                  .single()
                  .get("value")
                  .asLong();
          String id = String.format("YP%s-%04d", day, number);
          Map<String, Object> p = new HashMap<>();
          p.put("key", subject.key());
          p.put("id", id);
          p.put("kind", kind.name());
          p.put("subject", subject.toString());
          p.put("content", content);
          p.put("subjects", subjects);
          p.put("by", by);
          p.put("at", at);
          p.put("purpose", purpose);
          p.put("source", "api:" + by);
          String query = CREATE.formatted(subject.kind().label(), subject.kind().keyProperty());
          if (tx.run(query, p).list().isEmpty()) {
            throw new InvalidFieldException("subject", subject.toString(), "no such entity");
          }
          return new ResearchProduct(id, kind, subject, content, subjects, by, at, purpose);
        });
  }

  public Optional<ResearchProduct> find(String id) {
    return store.read(
        tx -> tx.run(FIND, Map.of("id", id)).stream().findFirst().map(r -> product(r, true)));
  }

  /** The latest products first, without their content. */
  public List<ResearchProduct> list(
      Optional<EntityRef> subject, Optional<ResearchProductKind> kind, int limit) {
    Map<String, Object> p = new HashMap<>();
    p.put("subject", subject.map(EntityRef::toString).orElse(null));
    p.put("kind", kind.map(Enum::name).orElse(null));
    p.put("limit", Math.max(1, Math.min(limit, MAX_LIMIT)));
    return store.read(tx -> tx.run(LIST, p).list(r -> product(r, false)));
  }

  private static ResearchProduct product(Record r, boolean withContent) {
    Value p = r.get("p");
    return new ResearchProduct(
        p.get("id").asString(),
        ResearchProductKind.valueOf(p.get("kind").asString()),
        EntityRef.parse(p.get("subject").asString()),
        withContent ? p.get("content").asString("") : "",
        p.get("subjects").isNull() ? List.of() : p.get("subjects").asList(Value::asString),
        p.get("createdBy").asString(""),
        StoredValues.time(p.get("createdAt")),
        p.get("purpose").asString(""));
  }
}
